package io.wafml.reminder;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.Progress;
import java.util.List;

/** Delivers what the reminders decide: implemented by the chat adapter, called from the reminder sweep. */
public interface ReminderNotifier {

    /** Reminds these members (each with their unanswered items) in the assessment's conversation and 1:1 chats. */
    void remind(Assessment assessment, List<Progress.Outstanding> members);

    /** Tells the facilitator, after the last scheduled reminder, who still has unanswered items. */
    void reportMissing(Assessment assessment, List<Progress.Outstanding> members);

    /** The assessment was finished because its due date passed: publish its result. */
    void finishedAtDueDate(Assessment assessment);
}
