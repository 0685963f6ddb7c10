package io.wafml.reminder;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import io.wafml.assessment.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The reminders' application service: policies, snoozes and blocked members, and keeping each assessment's queued
 * reminder and due-date rows in step with the assessment.
 */
public class Reminders {

    private final AssessmentService service;
    private final JdbcReminderSettings settings;
    private final JdbcReminderQueue queue;
    private final ReminderSchedule schedule;
    private final Clock clock;
    private final ZoneId defaultZone;

    Reminders(
            AssessmentService service,
            JdbcReminderSettings settings,
            JdbcReminderQueue queue,
            ReminderSchedule schedule,
            Clock clock,
            ZoneId defaultZone) {
        this.service = service;
        this.settings = settings;
        this.queue = queue;
        this.schedule = schedule;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    /** The time zone of assessments started where the client named none ({@code wafml.reminders.default-zone}). */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** The assessment's policy; the default plan unless a facilitator changed it. */
    public ReminderPolicy policy(AssessmentId assessment) {
        return settings.policy(assessment).orElse(ReminderPolicy.defaults());
    }

    /** Changes the policy; only the facilitator or a co-facilitator of an open assessment may. */
    public Assessment setPolicy(AssessmentId id, Member caller, ReminderPolicy policy) {
        Assessment assessment = service.get(id);
        if (!assessment.isOpen()) {
            throw new DomainException(DomainException.Reason.ASSESSMENT_CLOSED, "Assessment " + id + " is closed");
        }
        if (!assessment.isManagedBy(caller)) {
            throw new DomainException(DomainException.Reason.NOT_FACILITATOR, caller.name() + " may not change it");
        }
        settings.storePolicy(id, policy, clock.instant());
        assessmentChanged(id);
        return assessment;
    }

    /** Leaves the member out of reminders until the next working day, then reminds them alone; returns when. */
    public Instant snooze(AssessmentId id, Member member) {
        Assessment assessment = service.get(id);
        if (!assessment.isOpen()) {
            throw new DomainException(DomainException.Reason.ASSESSMENT_CLOSED, "Assessment " + id + " is closed");
        }
        Instant now = clock.instant();
        Instant until = schedule.snoozeUntil(policy(id), facts(assessment, now), now);
        settings.snooze(id, member, until);
        if (assessment.deadline().map(until::isBefore).orElse(true)) {
            queue.schedule(id, DueReminder.Kind.SNOOZE, Optional.of(member), until);
        }
        return until;
    }

    /** Re-plans the assessment's next reminder and its due-date row after it was started, sent or re-dated. */
    public void assessmentChanged(AssessmentId id) {
        Assessment assessment = service.get(id);
        if (!assessment.isOpen()) {
            queue.cancelAll(id);
            return;
        }
        Optional<Instant> deadline = assessment.deadline();
        if (deadline.isPresent()) {
            queue.schedule(id, DueReminder.Kind.DEADLINE, Optional.empty(), deadline.get());
        } else {
            queue.cancel(id, DueReminder.Kind.DEADLINE);
        }
        Optional<Instant> next = nextReminder(assessment, clock.instant());
        if (next.isPresent()) {
            queue.schedule(id, DueReminder.Kind.SCHEDULED, Optional.empty(), next.get());
        } else {
            queue.cancel(id, DueReminder.Kind.SCHEDULED);
        }
    }

    /** Records that the member blocked the bot in this tenant: no more 1:1 messages to them. */
    public void markBlocked(String tenantId, Member member) {
        settings.block(tenantId, member, clock.instant());
    }

    /** Ids of the tenant's members who blocked the bot. */
    public Set<String> blocked(String tenantId) {
        return settings.blocked(tenantId);
    }

    /** The next reminder of the assessment after {@code after}, when its cards were sent. */
    Optional<Instant> nextReminder(Assessment assessment, Instant after) {
        return assessment
                .sentAt()
                .flatMap(sent -> schedule.next(policy(assessment.id()), facts(assessment, sent), after));
    }

    /** Ids of the members whose snooze has not ended. */
    public Set<String> snoozed(AssessmentId id, Instant now) {
        return settings.snoozed(id, now);
    }

    private static ReminderSchedule.Facts facts(Assessment assessment, Instant fallbackSent) {
        return new ReminderSchedule.Facts(
                assessment.sentAt().orElse(fallbackSent), assessment.due(), assessment.zone());
    }
}
