package io.wafml.assessment;

/** Checks of user-supplied texts shared by the domain's records. */
final class Texts {

    private Texts() {}

    /** The trimmed text; {@link IllegalArgumentException} when it is missing, blank or longer than {@code max}. */
    static String required(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return t;
    }

    /** The trimmed text, or null when it is missing or blank; TEXT_TOO_LONG when longer than {@code max}. */
    static String optional(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new DomainException(
                    DomainException.Reason.TEXT_TOO_LONG, what + " is longer than " + max + " characters");
        }
        return t;
    }
}
