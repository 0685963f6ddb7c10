package io.wafml.reminder;

import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.Member;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One row of the reminder queue: what falls due for an assessment, and when. */
record DueReminder(UUID id, AssessmentId assessment, Kind kind, Optional<Member> member, Instant dueAt) {

    /** What falls due. */
    enum Kind {
        /** The next reminder of the assessment's policy. */
        SCHEDULED,
        /** The end of the due date. */
        DEADLINE,
        /** A member's reminder after "remind me tomorrow". */
        SNOOZE
    }

    DueReminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
