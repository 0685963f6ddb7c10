package io.wafml.reminder;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import io.wafml.assessment.Progress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off the reminder queue: claims each row that fell due (one instance per row), sends the reminder, finishes
 * overdue assessments, and plans the next reminder from the current time, so work missed while the application was
 * down happens once, not once per missed tick.
 */
public class ReminderSweep {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

    private final AssessmentService service;
    private final Reminders reminders;
    private final JdbcReminderQueue queue;
    private final ReminderNotifier notifier;
    private final ReminderProperties properties;
    private final Clock clock;
    private final String owner = "sweep-" + UUID.randomUUID();

    ReminderSweep(
            AssessmentService service,
            Reminders reminders,
            JdbcReminderQueue queue,
            ReminderNotifier notifier,
            ReminderProperties properties,
            Clock clock) {
        this.service = service;
        this.reminders = reminders;
        this.queue = queue;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    /** Handles what fell due by now (at most the batch size) and returns how many rows it handled. */
    public int runOnce() {
        int handled = 0;
        while (handled < properties.batchSize()) {
            Instant now = clock.instant();
            Optional<DueReminder> due = queue.claimNext(now, owner, now.plus(properties.claimLease()));
            if (due.isEmpty()) {
                break;
            }
            handled++;
            try {
                handle(due.get(), now);
            } catch (RuntimeException e) {
                log.error(
                        "Reminder {} of assessment {} failed; trying again in {}",
                        due.get().kind(),
                        due.get().assessment(),
                        properties.retryDelay(),
                        e);
                queue.reschedule(due.get().id(), owner, now.plus(properties.retryDelay()));
            }
        }
        return handled;
    }

    private void handle(DueReminder due, Instant now) {
        Optional<Assessment> found = find(due);
        if (found.isEmpty() || !found.get().isOpen()) {
            queue.cancelAll(due.assessment());
            return;
        }
        Assessment assessment = found.get();
        switch (due.kind()) {
            case DEADLINE -> deadline(due, assessment, now);
            case SCHEDULED -> scheduled(due, assessment, now);
            case SNOOZE -> snoozeEnded(due, assessment);
        }
    }

    private void deadline(DueReminder due, Assessment assessment, Instant now) {
        Optional<Instant> deadline = assessment.deadline();
        if (deadline.isPresent() && deadline.get().isAfter(now)) {
            queue.reschedule(due.id(), owner, deadline.get());
            return;
        }
        if (deadline.isPresent() && service.finishBySystem(assessment.id())) {
            notifier.finishedAtDueDate(assessment);
        }
        queue.cancelAll(assessment.id());
    }

    private void scheduled(DueReminder due, Assessment assessment, Instant now) {
        List<Progress.Outstanding> outstanding =
                service.progress(assessment.id()).outstanding();
        Set<String> snoozed = reminders.snoozed(assessment.id(), now);
        List<Progress.Outstanding> reminded = outstanding.stream()
                .filter(o -> !snoozed.contains(o.member().id()))
                .toList();
        if (!reminded.isEmpty()) {
            notifier.remind(assessment, reminded);
        }
        Optional<Instant> next = reminders.nextReminder(assessment, now);
        if (next.isPresent()) {
            queue.reschedule(due.id(), owner, next.get());
            return;
        }
        if (!outstanding.isEmpty()) {
            notifier.reportMissing(assessment, outstanding);
        }
        queue.complete(due.id(), owner);
    }

    private void snoozeEnded(DueReminder due, Assessment assessment) {
        String member = due.member().orElseThrow().id();
        List<Progress.Outstanding> mine = service.progress(assessment.id()).outstanding().stream()
                .filter(o -> o.member().id().equals(member))
                .toList();
        if (!mine.isEmpty()) {
            notifier.remind(assessment, mine);
        }
        queue.complete(due.id(), owner);
    }

    private Optional<Assessment> find(DueReminder due) {
        try {
            return Optional.of(service.get(due.assessment()));
        } catch (DomainException e) {
            if (e.reason() != DomainException.Reason.NOT_FOUND) {
                throw e;
            }
            return Optional.empty();
        }
    }
}
