package io.wafml.teams;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import io.wafml.assessment.Member;
import io.wafml.assessment.Progress;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.NoticeView;
import io.wafml.reminder.ReminderNotifier;
import io.wafml.reminder.Reminders;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** "Remind now" for facilitators: sends the reminder in the background and says whom it reminds. */
@Component
class RemindNow {

    private static final Logger log = LoggerFactory.getLogger(RemindNow.class);

    private final AssessmentService service;
    private final Reminders reminders;
    private final ReminderNotifier notifier;
    private final Clock clock;
    private final Executor executor;

    RemindNow(
            AssessmentService service,
            Reminders reminders,
            ReminderNotifier notifier,
            Clock clock,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.service = service;
        this.reminders = reminders;
        this.notifier = notifier;
        this.clock = clock;
        this.executor = executor;
    }

    /** Starts reminding the members with unanswered items (not snoozed); only managers of an open assessment may. */
    NoticeView remind(Assessment assessment, Member caller, Messages m) {
        if (!assessment.isOpen()) {
            throw new DomainException(DomainException.Reason.ASSESSMENT_CLOSED, "The assessment is closed");
        }
        if (!assessment.isManagedBy(caller)) {
            throw new DomainException(DomainException.Reason.NOT_FACILITATOR, caller.name() + " may not remind");
        }
        Set<String> snoozed = reminders.snoozed(assessment.id(), clock.instant());
        List<Progress.Outstanding> members = service.progress(assessment.id()).outstanding().stream()
                .filter(o -> !snoozed.contains(o.member().id()))
                .toList();
        if (members.isEmpty()) {
            return NoticeView.of(
                    m.text("notice.titleDone"),
                    m.format("remind.nobody", PlainText.of(assessment.workload())),
                    NoticeView.Style.GOOD);
        }
        executor.execute(() -> {
            try {
                notifier.remind(assessment, members);
            } catch (RuntimeException e) {
                log.error("Reminding the members of assessment {} failed", assessment.id(), e);
            }
        });
        return NoticeView.of(
                m.text("notice.titleDone"),
                m.format("remind.sending", members.size(), PlainText.of(assessment.workload())),
                NoticeView.Style.GOOD);
    }
}
