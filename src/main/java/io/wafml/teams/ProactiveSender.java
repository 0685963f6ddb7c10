package io.wafml.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import io.wafml.assessment.Member;

/**
 * Sends messages outside of a user's turn, to a conversation the bot has seen before. It blocks until Teams has
 * accepted the message, so call it from background work, never from inside an asynchronous turn handler.
 */
interface ProactiveSender {

    /** Posts a message and returns the id Teams gave it. */
    String post(ConversationReference conversation, Activity message);

    /** Replaces an earlier message of the bot with a new version. */
    void update(ConversationReference conversation, String activityId, Activity message);

    /** Opens the bot's 1:1 chat with a member of the tenant of {@code from} and returns its reference. */
    ConversationReference personalChat(ConversationReference from, String tenantId, Member member);
}
