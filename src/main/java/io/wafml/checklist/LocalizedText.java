package io.wafml.checklist;

import java.util.Objects;

/** A text in Japanese and English; both are required. */
public record LocalizedText(String ja, String en) {

    public LocalizedText {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the given language. */
    public String in(Language language) {
        return language == Language.JA ? ja : en;
    }
}
