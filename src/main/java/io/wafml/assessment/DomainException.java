package io.wafml.assessment;

import java.util.Objects;

/** A refused request, with a reason code the user interface translates into a message. */
public class DomainException extends RuntimeException {

    /** Why a request was refused. */
    public enum Reason {
        NOT_FOUND,
        NOT_FACILITATOR,
        NOT_ASSIGNEE,
        ASSESSMENT_CLOSED,
        DUPLICATE_WORKLOAD,
        INVALID_WORKLOAD,
        INVALID_ROLE_NAME,
        UNKNOWN_ROLE,
        UNKNOWN_PILLAR,
        UNKNOWN_ITEM,
        NA_NEEDS_REASON,
        TEXT_TOO_LONG,
        DUE_DATE_IN_PAST,
        CONFLICT
    }

    private final Reason reason;

    public DomainException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The reason code. */
    public Reason reason() {
        return reason;
    }
}
