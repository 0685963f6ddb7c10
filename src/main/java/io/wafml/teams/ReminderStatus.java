package io.wafml.teams;

import io.wafml.assessment.Assessment;
import io.wafml.checklist.Language;
import java.util.Set;

/** What the reminders know about an assessment, shown on its status card. */
interface ReminderStatus {

    /** The reminder policy in words, such as "Every 2 days until the due date". */
    String policyText(Assessment assessment, Language language);

    /** Ids of members who blocked the bot, so personal reminders cannot reach them. */
    Set<String> blockedMembers(Assessment assessment);
}
