package io.wafml.assessment;

/** Thrown when an assessment was changed by someone else between loading and storing it. */
public class ConcurrentUpdateException extends DomainException {

    public ConcurrentUpdateException(AssessmentId id) {
        super(Reason.CONFLICT, "Assessment " + id + " was changed concurrently");
    }
}
