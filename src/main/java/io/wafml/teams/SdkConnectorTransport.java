package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Calls the Bot Connector through the SDK adapter's continueConversation with the bot's own identity. A failed call
 * is taken out of the turn before the adapter's turn-error handler sees it (which would post an apology to the
 * conversation and hide the failure) and thrown to the caller.
 */
class SdkConnectorTransport implements ConnectorTransport {

    private final TeamsAdapter adapter;
    private final BotIdentity identity;

    SdkConnectorTransport(TeamsAdapter adapter, BotIdentity identity) {
        this.adapter = adapter;
        this.identity = identity;
    }

    @Override
    public String post(ConversationReference conversation, Activity message) {
        return call(
                conversation,
                context -> context.sendActivity(message)
                        .thenApply(response -> response == null ? null : response.getId()));
    }

    @Override
    public void update(ConversationReference conversation, String activityId, Activity message) {
        message.setId(activityId);
        call(conversation, context -> context.updateActivity(message).thenApply(response -> activityId));
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
        return call(from, context -> {
            ConnectorClient client = context.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
            return client.getConversations().createConversation(parameters).thenApply(created -> created.getId());
        });
    }

    private String call(ConversationReference conversation, Function<TurnContext, CompletableFuture<String>> work) {
        AtomicReference<String> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        adapter.continueConversation(
                        identity.appId(),
                        conversation,
                        context -> work.apply(context).handle((value, error) -> {
                            result.set(value);
                            failure.set(error);
                            return null;
                        }))
                .join();
        if (failure.get() != null) {
            throw failure.get() instanceof CompletionException completion
                    ? completion
                    : new CompletionException(failure.get());
        }
        return result.get();
    }
}
