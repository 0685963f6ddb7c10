package io.wafml.report;

import io.wafml.assessment.AssessmentId;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Builds the signed download links of an assessment's export files under the public base URL. */
public final class ExportLinks {

    /** The path of the export endpoint. */
    public static final String PATH = "/api/export/";

    private final String base;
    private final ExportSigner signer;

    public ExportLinks(URI publicBaseUrl, ExportSigner signer) {
        String text = publicBaseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.signer = signer;
    }

    /** A fresh link per format, in the order Markdown, CSV, JSON. */
    public List<Link> links(AssessmentId id) {
        return Arrays.stream(ExportFormat.values()).map(f -> link(id, f)).toList();
    }

    /** A fresh signed link to one format. */
    public Link link(AssessmentId id, ExportFormat format) {
        ExportSigner.Signed signed = signer.sign(id, format);
        URI url = URI.create(base + PATH + id + "." + format.extension() + "?expires=" + signed.expires() + "&sig="
                + signed.signature());
        return new Link(format, url, signed.expires());
    }

    /** A signed link to an export file and when it expires (epoch seconds). */
    public record Link(ExportFormat format, URI url, long expires) {}
}
