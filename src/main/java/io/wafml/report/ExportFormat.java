package io.wafml.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A file format of the exported result, with its file extension and media type. */
public enum ExportFormat {
    MD("md", "text/markdown; charset=UTF-8"),
    CSV("csv", "text/csv; charset=UTF-8"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension without the dot: {@code md}, {@code csv} or {@code json}. */
    public String extension() {
        return extension;
    }

    /** The HTTP content type of the file. */
    public String mediaType() {
        return mediaType;
    }

    /** The format with this extension, ignoring case. */
    public static Optional<ExportFormat> of(String extension) {
        String e = extension == null ? "" : extension.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(e)).findFirst();
    }
}
