package io.wafml.checklist;

import java.util.Locale;

/** The two languages the checklist and every card are written in. */
public enum Language {
    JA,
    EN;

    /** The language for a Teams locale such as {@code ja-JP} or {@code en-US}; English when unknown. */
    public static Language fromLocale(String locale) {
        if (locale != null && locale.toLowerCase(Locale.ROOT).startsWith("ja")) {
            return JA;
        }
        return EN;
    }

    /** The BCP 47 tag, {@code ja} or {@code en}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
