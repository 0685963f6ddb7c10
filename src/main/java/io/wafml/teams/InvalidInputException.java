package io.wafml.teams;

/** A command or card submission the bot could not read; its message is shown to the user as it is. */
final class InvalidInputException extends RuntimeException {

    InvalidInputException(String message) {
        super(message);
    }
}
