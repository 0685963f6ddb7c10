package io.wafml.checklist;

import java.net.URI;
import java.util.Objects;

/** A link from an item's guidance: its text in both languages and an absolute https URL. */
public record Link(LocalizedText text, URI url) {

    public Link {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
    }
}
