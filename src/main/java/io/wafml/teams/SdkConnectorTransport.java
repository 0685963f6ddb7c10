package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Calls the Bot Connector through the SDK adapter's continueConversation with the bot's own identity. */
class SdkConnectorTransport implements ConnectorTransport {

    private final TeamsAdapter adapter;
    private final BotIdentity identity;

    SdkConnectorTransport(TeamsAdapter adapter, BotIdentity identity) {
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

    @Override
    public String createPersonalChat(ConversationReference from, String tenantId, String memberId) {
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(from.getBot());
        parameters.setMembers(List.of(new ChannelAccount(memberId)));
        parameters.setTenantId(tenantId);
        ObjectNode channelData = InboundActivity.MAPPER.createObjectNode();
        channelData.putObject("tenant").put("id", tenantId);
        parameters.setChannelData(channelData);
        AtomicReference<String> id = new AtomicReference<>();
        adapter.continueConversation(identity.appId(), from, context -> {
                    ConnectorClient client = context.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
                    return client.getConversations()
                            .createConversation(parameters)
                            .thenAccept(created -> id.set(created.getId()));
                })
                .join();
        return id.get();
    }
}
