package io.wafml.assessment;

import io.wafml.checklist.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * One respondent's answer to one item of an assessment, with an optional note and, for N/A, a required reason (each at
 * most {@value #MAX_TEXT} characters; blank texts become null).
 */
public record Answer(
        AssessmentId assessmentId,
        ItemId item,
        Member respondent,
        Choice choice,
        String note,
        String reason,
        Instant answeredAt) {

    /** The longest note or reason accepted. */
    public static final int MAX_TEXT = 1000;

    public Answer {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(answeredAt, "answeredAt");
        note = Texts.optional(note, "note", MAX_TEXT);
        reason = Texts.optional(reason, "reason", MAX_TEXT);
        if (choice == Choice.NOT_APPLICABLE && reason == null) {
            throw new DomainException(DomainException.Reason.NA_NEEDS_REASON, "Not applicable needs a reason");
        }
    }
}
