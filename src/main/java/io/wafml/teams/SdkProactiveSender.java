package io.wafml.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** Sends proactive messages through the SDK adapter's continueConversation with the bot's own identity. */
@Component
class SdkProactiveSender implements ProactiveSender {

    private final TeamsAdapter adapter;
    private final BotIdentity identity;

    SdkProactiveSender(TeamsAdapter adapter, BotIdentity identity) {
        this.adapter = adapter;
        this.identity = identity;
    }

    @Override
    public String post(ConversationReference conversation, Activity message) {
        AtomicReference<String> id = new AtomicReference<>();
        adapter.continueConversation(
                        identity.appId(),
                        conversation,
                        context -> context.sendActivity(message)
                                .thenAccept(response -> id.set(response == null ? null : response.getId())))
                .join();
        return id.get();
    }

    @Override
    public void update(ConversationReference conversation, String activityId, Activity message) {
        message.setId(activityId);
        adapter.continueConversation(
                        identity.appId(),
                        conversation,
                        context -> context.updateActivity(message).thenApply(response -> null))
                .join();
    }
}
