package io.wafml.report;

import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the export files behind signed links: {@code GET /api/export/<id>.<md|csv|json>?expires=..&sig=..}; a
 * missing, tampered or expired signature gets 403, an unknown assessment with a valid signature 404.
 */
@RestController
class ExportController {

    private static final Pattern FILE = Pattern.compile("([0-9a-fA-F-]{36})\\.([a-z]{2,4})");
    private static final Pattern SLUG = Pattern.compile("[^A-Za-z0-9]+");

    private final AssessmentService service;
    private final ExportSigner signer;

    ExportController(AssessmentService service, ExportSigner signer) {
        this.service = service;
        this.signer = signer;
    }

    @GetMapping(ExportLinks.PATH + "{file}")
    ResponseEntity<byte[]> export(
            @PathVariable String file,
            @RequestParam(name = "expires", required = false) String expires,
            @RequestParam(name = "sig", required = false) String sig) {
        Matcher name = FILE.matcher(file);
        Optional<ExportFormat> format = name.matches() ? ExportFormat.of(name.group(2)) : Optional.empty();
        Optional<Long> expiry = epochSeconds(expires);
        if (format.isEmpty() || expiry.isEmpty() || !signer.verify(name.group(1), name.group(2), expiry.get(), sig)) {
            return plain(
                    HttpStatus.FORBIDDEN, "This export link is invalid or has expired. Ask the bot for a new one.");
        }
        AssessmentId id;
        ResultReport report;
        try {
            id = AssessmentId.parse(name.group(1));
            report = ResultReport.load(service, id);
        } catch (IllegalArgumentException e) {
            return plain(HttpStatus.NOT_FOUND, "No such assessment.");
        } catch (DomainException e) {
            if (e.reason() != DomainException.Reason.NOT_FOUND) {
                throw e;
            }
            return plain(HttpStatus.NOT_FOUND, "No such assessment.");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.get().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(report, format.get()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(report.render(format.get()));
    }

    /** {@code attachment; filename="wafml-<workload>-<yyyy-mm-dd>.<ext>"} with only ASCII letters, digits and dashes. */
    static String disposition(ResultReport report, ExportFormat format) {
        String slug =
                SLUG.matcher(report.assessment().workload()).replaceAll("-").replaceAll("^-+|-+$", "");
        String workload = slug.isEmpty() ? report.assessment().id().toString().substring(0, 8) : slug;
        String date = report.assessment().createdAt().toString().substring(0, 10);
        String file = ("wafml-" + (workload.length() > 60 ? workload.substring(0, 60) : workload) + "-" + date + "."
                        + format.extension())
                .toLowerCase(Locale.ROOT);
        return ContentDisposition.attachment().filename(file).build().toString();
    }

    private static Optional<Long> epochSeconds(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<byte[]> plain(HttpStatus status, String text) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
