package io.wafml.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;

/** One unthrottled call to the Bot Connector per method; failures surface as the SDK's exceptions. */
interface ConnectorTransport {

    /** Posts a message and returns the id Teams gave it. */
    String post(ConversationReference conversation, Activity message);

    /** Replaces an earlier message of the bot. */
    void update(ConversationReference conversation, String activityId, Activity message);

    /** Creates (or finds) the bot's 1:1 chat with a member of the conversation's tenant; returns its id. */
    String createPersonalChat(ConversationReference from, String tenantId, String memberId);
}
