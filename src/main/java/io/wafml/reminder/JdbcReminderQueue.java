package io.wafml.reminder;

import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.Member;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The durable queue of reminder work, one row per assessment and kind (and member for snoozes), read through the
 * index on {@code due_at}. A row is claimed by one instance at a time with a conditional update that only succeeds
 * while nobody else holds an unexpired claim; each statement commits on its own.
 */
class JdbcReminderQueue {

    private static final int CANDIDATES = 8;

    private final JdbcClient jdbc;

    JdbcReminderQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets when a kind of work falls due for an assessment (and member), replacing an earlier time and claim. */
    void schedule(AssessmentId assessment, DueReminder.Kind kind, Optional<Member> member, Instant dueAt) {
        for (int attempt = 1; ; attempt++) {
            int updated = jdbc.sql("UPDATE reminder_due SET due_at = ?, claimed_by = NULL, claimed_until = NULL"
                            + " WHERE assessment_id = ? AND kind = ? AND member_id = ?")
                    .params(utc(dueAt), assessment.value(), kind.name(), memberId(member))
                    .update();
            if (updated > 0) {
                return;
            }
            try {
                jdbc.sql("INSERT INTO reminder_due (id, assessment_id, kind, member_id, member_name, due_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(
                                UUID.randomUUID(),
                                assessment.value(),
                                kind.name(),
                                memberId(member),
                                member.map(Member::name).orElse(""),
                                utc(dueAt))
                        .update();
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Removes a kind of work of an assessment. */
    void cancel(AssessmentId assessment, DueReminder.Kind kind) {
        jdbc.sql("DELETE FROM reminder_due WHERE assessment_id = ? AND kind = ?")
                .params(assessment.value(), kind.name())
                .update();
    }

    /** Removes all work of an assessment. */
    void cancelAll(AssessmentId assessment) {
        jdbc.sql("DELETE FROM reminder_due WHERE assessment_id = ?")
                .param(assessment.value())
                .update();
    }

    /** Claims the row that fell due first and is not claimed by anyone else, until {@code until}. */
    Optional<DueReminder> claimNext(Instant now, String owner, Instant until) {
        List<UUID> candidates = jdbc.sql("SELECT id FROM reminder_due WHERE due_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY due_at FETCH FIRST "
                        + CANDIDATES + " ROWS ONLY")
                .params(utc(now), utc(now))
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
        for (UUID id : candidates) {
            int claimed = jdbc.sql("UPDATE reminder_due SET claimed_by = ?, claimed_until = ?"
                            + " WHERE id = ? AND due_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)")
                    .params(owner, utc(until), id, utc(now), utc(now))
                    .update();
            if (claimed == 1) {
                return find(id, owner);
            }
        }
        return Optional.empty();
    }

    /** Moves a row this owner claimed to its next time and releases the claim; false if the claim was lost. */
    boolean reschedule(UUID id, String owner, Instant next) {
        return jdbc.sql("UPDATE reminder_due SET due_at = ?, claimed_by = NULL, claimed_until = NULL"
                                + " WHERE id = ? AND claimed_by = ?")
                        .params(utc(next), id, owner)
                        .update()
                == 1;
    }

    /** Removes a row this owner claimed, once its work is done. */
    void complete(UUID id, String owner) {
        jdbc.sql("DELETE FROM reminder_due WHERE id = ? AND claimed_by = ?")
                .params(id, owner)
                .update();
    }

    /** Every row of an assessment, for tests and the operator. */
    List<DueReminder> of(AssessmentId assessment) {
        return jdbc.sql("SELECT * FROM reminder_due WHERE assessment_id = ? ORDER BY due_at")
                .param(assessment.value())
                .query((rs, n) -> row(rs))
                .list();
    }

    private Optional<DueReminder> find(UUID id, String owner) {
        return jdbc.sql("SELECT * FROM reminder_due WHERE id = ? AND claimed_by = ?")
                .params(id, owner)
                .query((rs, n) -> row(rs))
                .optional();
    }

    private static DueReminder row(ResultSet rs) throws SQLException {
        String memberId = rs.getString("member_id");
        return new DueReminder(
                rs.getObject("id", UUID.class),
                new AssessmentId(rs.getObject("assessment_id", UUID.class)),
                DueReminder.Kind.valueOf(rs.getString("kind")),
                memberId.isEmpty() ? Optional.empty() : Optional.of(new Member(memberId, rs.getString("member_name"))),
                rs.getObject("due_at", OffsetDateTime.class).toInstant());
    }

    private static String memberId(Optional<Member> member) {
        return member.map(Member::id).orElse("");
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
