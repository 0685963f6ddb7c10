package io.wafml.teams;

import io.wafml.assessment.Assessment;
import io.wafml.cards.Messages;
import io.wafml.checklist.Language;
import io.wafml.reminder.ReminderPolicy;
import io.wafml.reminder.ReminderProperties;
import io.wafml.reminder.Reminders;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The reminder policy in words and the members who blocked the bot, for the status card. */
@Component
class TeamsReminderStatus implements ReminderStatus {

    private final Reminders reminders;
    private final TeamsCards cards;
    private final ReminderProperties properties;

    TeamsReminderStatus(Reminders reminders, TeamsCards cards, ReminderProperties properties) {
        this.reminders = reminders;
        this.cards = cards;
        this.properties = properties;
    }

    @Override
    public String policyText(Assessment assessment, Language language) {
        Messages m = cards.messages(language);
        ReminderPolicy policy = reminders.policy(assessment.id());
        String zone = policy.zone().orElse(assessment.zone()).getId();
        String time = policy.time().orElse(properties.reminderTime()).toString();
        return switch (policy.mode()) {
            case DEFAULT -> m.format("remind.policy.default", time, zone);
            case DAILY -> m.format("remind.policy.daily", time, zone);
            case EVERY -> m.format("remind.policy.every", policy.everyDays(), time, zone);
            case OFF -> m.text("remind.policy.off");
        };
    }

    @Override
    public Set<String> blockedMembers(Assessment assessment) {
        return reminders.blocked(assessment.conversation().tenantId());
    }

    /** The default time of day, for texts that show when a snooze ends. */
    LocalTime reminderTime() {
        return properties.reminderTime();
    }
}
