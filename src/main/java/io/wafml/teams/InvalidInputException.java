package io.wafml.teams;

/**
 * A command or card submission the bot could not read: its message names what was wrong, or, when
 * {@link #isExplained()}, is a whole sentence for the user; either way it is shown as it is.
 */
final class InvalidInputException extends RuntimeException {

    private final boolean explained;

    InvalidInputException(String message) {
        this(message, false);
    }

    private InvalidInputException(String message, boolean explained) {
        super(message);
        this.explained = explained;
    }

    /** Input refused with a complete explanation, shown without the "could not read" preamble. */
    static InvalidInputException explained(String sentence) {
        return new InvalidInputException(sentence, true);
    }

    boolean isExplained() {
        return explained;
    }
}
