package io.wafml.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored assessments. */
public interface Assessments {

    /** Stores a new assessment. */
    void add(Assessment assessment);

    /**
     * Stores a changed assessment if nobody stored it since it was loaded, and returns it with its new version; throws
     * {@link ConcurrentUpdateException} otherwise.
     */
    Assessment update(Assessment assessment);

    /**
     * Moves an open assessment to {@code status} (finished or cancelled) at {@code at}; false when it was no longer open,
     * so of several concurrent calls exactly one returns true.
     */
    boolean closeIfOpen(AssessmentId id, Status status, Instant at);

    /** The assessment with this id. */
    Optional<Assessment> find(AssessmentId id);

    /** The open assessments of a conversation, newest first. */
    List<Assessment> openIn(ConversationKey conversation);

    /** Every open assessment, oldest first. */
    List<Assessment> allOpen();

    /** The finished assessments of a role scope (team or conversation), newest first. */
    List<Assessment> finishedIn(RoleScope scope);
}
