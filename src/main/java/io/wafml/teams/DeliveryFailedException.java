package io.wafml.teams;

/** A proactive message could not be delivered: a permanent error, or transient errors on every allowed try. */
class DeliveryFailedException extends RuntimeException {

    private final int status;

    DeliveryFailedException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The last HTTP status Teams answered, 0 when there was no response. */
    int status() {
        return status;
    }
}
