package io.wafml.teams;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.NoticeView;
import io.wafml.reminder.ReminderRequest;
import io.wafml.reminder.Reminders;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** The {@code remind} command: remind now or change the policy (facilitators), or snooze for oneself. */
@Component
class ReminderCommands implements CommandHandler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AssessmentService service;
    private final Reminders reminders;
    private final TeamsReminderStatus status;
    private final Replies replies;
    private final TeamsCards cards;
    private final RemindNow remindNow;

    ReminderCommands(
            AssessmentService service,
            Reminders reminders,
            TeamsReminderStatus status,
            Replies replies,
            TeamsCards cards,
            RemindNow remindNow) {
        this.service = service;
        this.reminders = reminders;
        this.status = status;
        this.replies = replies;
        this.cards = cards;
        this.remindNow = remindNow;
    }

    @Override
    public Set<Verb> verbs() {
        return Set.of(Verb.REMIND);
    }

    @Override
    public CompletableFuture<Outcome> handle(Turn turn, CommandLine command) {
        Messages m = cards.messages(turn.language());
        try {
            return CompletableFuture.completedFuture(Outcome.reply(run(turn, command.arguments(), m)));
        } catch (DomainException refusal) {
            return CompletableFuture.completedFuture(Outcome.reply(replies.refusal(turn.language(), refusal)));
        } catch (InvalidInputException invalid) {
            return CompletableFuture.completedFuture(
                    Outcome.reply(replies.notice(turn.language(), Refusals.invalidInput(m, invalid.getMessage()))));
        }
    }

    private com.microsoft.bot.schema.Activity run(Turn turn, String arguments, Messages m) {
        ReminderRequest request;
        try {
            request = ReminderRequest.parse(arguments);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(m.format("remind.usage", Verb.REMIND.usage()));
        }
        Assessment assessment = service.current(turn.conversation(), Optional.empty())
                .orElseThrow(() -> new InvalidInputException(m.format("notice.noAssessment", "start <workload>")));
        String text;
        if (request instanceof ReminderRequest.SetPolicy set) {
            reminders.setPolicy(assessment.id(), turn.member(), set.policy());
            text = m.format("remind.changed", PlainText.of(assessment.workload()), policy(assessment, turn));
        } else if (request instanceof ReminderRequest.Snooze) {
            text = snoozed(turn, assessment, m);
        } else {
            return replies.notice(turn.language(), remindNow.remind(assessment, turn.member(), m));
        }
        return replies.notice(turn.language(), NoticeView.of(m.text("notice.titleDone"), text, NoticeView.Style.GOOD));
    }

    /** Snoozes the sender and says until when, in the assessment's time zone. */
    String snoozed(Turn turn, Assessment assessment, Messages m) {
        Instant until = reminders.snooze(assessment.id(), turn.member());
        return m.format(
                "remind.snoozed",
                PlainText.of(turn.userName()),
                PlainText.of(assessment.workload()),
                WHEN.format(ZonedDateTime.ofInstant(until, assessment.zone())) + " ("
                        + assessment.zone().getId() + ")");
    }

    private String policy(Assessment assessment, Turn turn) {
        return status.policyText(assessment, turn.language());
    }
}
