package io.wafml.reminder;

import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.Member;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminder policies per assessment, members' snoozes, and members who blocked the bot. */
class JdbcReminderSettings {

    private final JdbcClient jdbc;

    JdbcReminderSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReminderPolicy> policy(AssessmentId assessment) {
        return jdbc.sql("SELECT * FROM reminder_policy WHERE assessment_id = ?")
                .param(assessment.value())
                .query((rs, n) -> new ReminderPolicy(
                        ReminderPolicy.Mode.valueOf(rs.getString("mode")),
                        Optional.ofNullable(rs.getString("time_of_day")).map(LocalTime::parse),
                        Optional.ofNullable(rs.getString("time_zone")).map(ZoneId::of),
                        rs.getInt("every_days")))
                .optional();
    }

    void storePolicy(AssessmentId assessment, ReminderPolicy policy, Instant now) {
        Object[] values = {
            policy.mode().name(),
            policy.time().map(LocalTime::toString).orElse(null),
            policy.zone().map(ZoneId::getId).orElse(null),
            policy.everyDays(),
            JdbcReminderQueue.utc(now),
            assessment.value()
        };
        upsert(
                () -> jdbc.sql("UPDATE reminder_policy SET mode = ?, time_of_day = ?, time_zone = ?, every_days = ?,"
                                + " updated_at = ? WHERE assessment_id = ?")
                        .params(values)
                        .update(),
                () -> jdbc.sql("INSERT INTO reminder_policy (mode, time_of_day, time_zone, every_days, updated_at,"
                                + " assessment_id) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(values)
                        .update());
    }

    void snooze(AssessmentId assessment, Member member, Instant until) {
        upsert(
                () -> jdbc.sql("UPDATE reminder_snooze SET snoozed_until = ? WHERE assessment_id = ? AND member_id = ?")
                        .params(JdbcReminderQueue.utc(until), assessment.value(), member.id())
                        .update(),
                () -> jdbc.sql("INSERT INTO reminder_snooze (snoozed_until, assessment_id, member_id) VALUES (?, ?, ?)")
                        .params(JdbcReminderQueue.utc(until), assessment.value(), member.id())
                        .update());
    }

    /** Ids of the members whose snooze lasts beyond {@code now}. */
    Set<String> snoozed(AssessmentId assessment, Instant now) {
        return new HashSet<>(
                jdbc.sql("SELECT member_id FROM reminder_snooze WHERE assessment_id = ? AND snoozed_until > ?")
                        .params(assessment.value(), JdbcReminderQueue.utc(now))
                        .query(String.class)
                        .list());
    }

    void block(String tenantId, Member member, Instant now) {
        upsert(
                () -> jdbc.sql(
                                "UPDATE blocked_member SET blocked_at = blocked_at WHERE tenant_id = ? AND member_id = ?")
                        .params(tenantId, member.id())
                        .update(),
                () -> jdbc.sql("INSERT INTO blocked_member (tenant_id, member_id, blocked_at) VALUES (?, ?, ?)")
                        .params(tenantId, member.id(), JdbcReminderQueue.utc(now))
                        .update());
    }

    Set<String> blocked(String tenantId) {
        return Set.copyOf(jdbc.sql("SELECT member_id FROM blocked_member WHERE tenant_id = ?")
                .param(tenantId)
                .query(String.class)
                .list());
    }

    private static void upsert(java.util.function.IntSupplier update, Runnable insert) {
        if (update.getAsInt() > 0) {
            return;
        }
        try {
            insert.run();
        } catch (DuplicateKeyException concurrentInsert) {
            update.getAsInt();
        }
    }
}
