package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamInfo;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import io.wafml.assessment.DomainException;
import java.net.HttpURLConnection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;

/**
 * The Teams activity handler: turns each activity into a command or card action and sends back what it produced.
 * Typed commands are rate-limited per conversation and limited in length; a {@link DomainException} or
 * {@link InvalidInputException} from any handler becomes a refusal card.
 */
@Component
class WafBot extends TeamsActivityHandler {

    static final String CARD_ACTION = "adaptiveCard/action";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WafBot.class);

    private final Map<Verb, CommandHandler> commands = new EnumMap<>(Verb.class);
    private final Map<String, CardActionHandler> actions = new HashMap<>();
    private final Replies replies;
    private final Conversations conversations;
    private final CommandRateLimiter rateLimiter;
    private final int maxCommandLength;

    WafBot(
            List<CommandHandler> commandHandlers,
            List<CardActionHandler> actionHandlers,
            Replies replies,
            Conversations conversations,
            CommandRateLimiter rateLimiter,
            SecurityProperties security) {
        commandHandlers.forEach(h -> h.verbs().forEach(v -> commands.put(v, h)));
        actionHandlers.forEach(h -> h.actionVerbs().forEach(v -> actions.put(v, h)));
        this.replies = replies;
        this.conversations = conversations;
        this.rateLimiter = rateLimiter;
        this.maxCommandLength = security.maxCommandLength();
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turnContext) {
        conversations.remember(turnContext.getActivity());
        if (!conversations.firstDelivery(turnContext.getActivity())) {
            return replayed(turnContext);
        }
        return super.onTurn(turnContext);
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        Turn turn = Turn.of(turnContext);
        String text = MentionText.withoutBotMention(activity);
        if (activity.getValue() instanceof JsonNode value && value.isObject() && text.isEmpty()) {
            return act(turn, value.path("verb").asText(""), value)
                    .thenCompose(result -> send(
                            turnContext,
                            Outcome.reply(replies.card(result.card())).plus(result.outcome())));
        }
        if (!rateLimiter.tryAcquire(turn.conversation())) {
            return send(turnContext, Outcome.reply(replies.rateLimited(turn)));
        }
        if (text.length() > maxCommandLength) {
            return send(turnContext, Outcome.reply(replies.card(replies.commandTooLongCard(turn, maxCommandLength))));
        }
        return CommandLine.parse(text)
                .map(command -> command(turn, command))
                .orElseGet(() -> CompletableFuture.completedFuture(
                        Outcome.reply(replies.unknownCommand(turn, CommandLine.firstWord(text)))))
                .thenCompose(outcome -> send(turnContext, outcome));
    }

    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        if (!CARD_ACTION.equals(activity.getName())) {
            return super.onInvokeActivity(turnContext);
        }
        JsonNode action = activity.getValue() instanceof JsonNode value ? value.path("action") : null;
        if (action == null || !action.path("verb").isTextual()) {
            return CompletableFuture.completedFuture(
                    new InvokeResponse(HttpURLConnection.HTTP_BAD_REQUEST, replies.invokeError("missing action verb")));
        }
        Turn turn = Turn.of(turnContext);
        JsonNode data =
                action.path("data").isObject() ? action.path("data") : InboundActivity.MAPPER.createObjectNode();
        return act(turn, action.path("verb").asText(), data)
                .thenCompose(result -> send(turnContext, result.outcome())
                        .thenApply(sent ->
                                new InvokeResponse(HttpURLConnection.HTTP_OK, replies.invokeCard(result.card()))));
    }

    @Override
    protected CompletableFuture<Void> onTeamsMembersAdded(
            List<TeamsChannelAccount> membersAdded, TeamInfo teamInfo, TurnContext turnContext) {
        String botId = turnContext.getActivity().getRecipient().getId();
        boolean botAdded = membersAdded.stream().map(ChannelAccount::getId).anyMatch(botId::equals);
        if (!botAdded) {
            return CompletableFuture.completedFuture(null);
        }
        return send(turnContext, Outcome.reply(replies.welcome(Turn.of(turnContext))));
    }

    private CompletableFuture<Outcome> command(Turn turn, CommandLine command) {
        CommandHandler handler = commands.get(command.verb());
        if (handler == null) {
            return CompletableFuture.completedFuture(
                    Outcome.reply(replies.unknownCommand(turn, command.verb().word())));
        }
        CompletableFuture<Outcome> outcome;
        try {
            outcome = handler.handle(turn, command);
        } catch (DomainException | InvalidInputException refused) {
            outcome = CompletableFuture.failedFuture(refused);
        }
        return outcome.exceptionallyCompose(error -> refusal(turn, error)
                .map(card -> CompletableFuture.completedFuture(Outcome.reply(replies.card(card))))
                .orElseGet(() -> CompletableFuture.failedFuture(error)));
    }

    private CompletableFuture<CardActionHandler.Result> act(Turn turn, String verb, JsonNode data) {
        CardActionHandler handler = actions.get(verb);
        if (handler == null) {
            return CompletableFuture.completedFuture(
                    new CardActionHandler.Result(replies.unknownActionCard(turn, verb), Outcome.none()));
        }
        CompletableFuture<CardActionHandler.Result> result;
        try {
            result = handler.handle(turn, verb, data);
        } catch (DomainException | InvalidInputException refused) {
            result = CompletableFuture.failedFuture(refused);
        }
        return result.exceptionallyCompose(error -> refusal(turn, error)
                .map(card -> CompletableFuture.completedFuture(new CardActionHandler.Result(card, Outcome.none())))
                .orElseGet(() -> CompletableFuture.failedFuture(error)));
    }

    /** The refusal card for a refused request or unreadable input a handler let through, so none becomes an error. */
    private Optional<ObjectNode> refusal(Turn turn, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof DomainException refused) {
            return Optional.of(replies.refusalCard(turn.language(), refused));
        }
        if (cause instanceof InvalidInputException invalid) {
            return Optional.of(replies.invalidInputCard(turn, invalid.getMessage()));
        }
        return Optional.empty();
    }

    private CompletableFuture<Void> replayed(TurnContext turnContext) {
        if (turnContext.getActivity().isType("invoke")) {
            Turn turn = Turn.of(turnContext);
            return turnContext
                    .sendActivity(replies.invokeResponse(replies.invokeCard(replies.alreadyReceivedCard(turn))))
                    .thenApply(sent -> null);
        }
        return CompletableFuture.completedFuture(null);
    }

    private static CompletableFuture<Void> send(TurnContext turnContext, Outcome outcome) {
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (Activity update : outcome.updates()) {
            chain = chain.thenCompose(previous -> turnContext.updateActivity(update));
        }
        if (!outcome.messages().isEmpty()) {
            chain = chain.thenCompose(previous -> turnContext.sendActivities(outcome.messages()));
        }
        return chain.thenApply(done -> null);
    }
}
