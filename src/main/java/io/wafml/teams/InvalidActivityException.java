package io.wafml.teams;

/** A request body that is not a usable activity; its message is safe to return to the caller. */
final class InvalidActivityException extends RuntimeException {

    InvalidActivityException(String reason) {
        super(reason);
    }
}
