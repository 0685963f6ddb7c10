package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamInfo;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import io.wafml.assessment.DomainException;
import io.wafml.assessment.ProcessedActivities;
import java.net.HttpURLConnection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The Teams activity handler: turns each activity into a command or card action and sends back what it produced. */
@Component
class WafBot extends TeamsActivityHandler {

    static final String CARD_ACTION = "adaptiveCard/action";
    private static final Logger log = LoggerFactory.getLogger(WafBot.class);

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
        Optional<ProcessedActivities.Claim> claim = conversations.claim(turnContext.getActivity());
        if (claim.isEmpty()) {
            return replayed(turnContext);
        }
        CompletableFuture<Void> turn;
        try {
            turn = super.onTurn(turnContext);
        } catch (RuntimeException e) {
            claim.get().release();
            throw e;
        }
        return turn.whenComplete((done, error) -> settle(claim.get(), turnContext, error));
    }

    /** Keeps the activity's claim when the turn succeeded; gives it up when it failed so a retry is handled again. */
    private static void settle(ProcessedActivities.Claim claim, TurnContext turnContext, Throwable error) {
        if (error == null && !failedInvoke(turnContext)) {
            claim.complete();
        } else {
            claim.release();
        }
    }

    /** Whether the SDK turned an error of an invoke handler into a server-error invoke response. */
    private static boolean failedInvoke(TurnContext turnContext) {
        Object sent = turnContext.getTurnState().get(BotFrameworkAdapter.INVOKE_RESPONSE_KEY);
        return sent instanceof Activity response
                && response.getValue() instanceof InvokeResponse invoke
                && invoke.getStatus() >= HttpURLConnection.HTTP_INTERNAL_ERROR;
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        Turn turn = Turn.of(turnContext);
        String text = MentionText.withoutBotMention(activity);
        CompletableFuture<Outcome> outcome;
        if (activity.getValue() instanceof JsonNode value && value.isObject() && text.isEmpty()) {
            outcome = safely(() -> act(turn, value.path("verb").asText(""), value))
                    .thenApply(
                            result -> Outcome.reply(replies.card(result.card())).plus(result.outcome()));
        } else if (!rateLimiter.tryAcquire(turn.conversation())) {
            outcome = CompletableFuture.completedFuture(Outcome.reply(replies.rateLimited(turn)));
        } else if (text.length() > maxCommandLength) {
            outcome = CompletableFuture.completedFuture(
                    Outcome.reply(replies.card(replies.commandTooLongCard(turn, maxCommandLength))));
        } else {
            outcome = safely(() -> CommandLine.parse(text)
                    .map(command -> command(turn, command))
                    .orElseGet(() -> CompletableFuture.completedFuture(
                            Outcome.reply(replies.unknownCommand(turn, CommandLine.firstWord(text))))));
        }
        return outcome.exceptionally(error -> failed(turn, error)).thenCompose(result -> send(turnContext, result));
    }

    private Outcome failed(Turn turn, Throwable error) {
        logFailure(turn, error);
        return Outcome.reply(replies.card(replies.errorCard(turn.language())));
    }

    private static void logFailure(Turn turn, Throwable error) {
        log.error("Handling a {} activity failed", turn.activity().getType(), error);
    }

    private static <T> CompletableFuture<T> safely(Supplier<CompletableFuture<T>> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
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
        return safely(() -> act(turn, action.path("verb").asText(), data))
                .exceptionally(error -> {
                    logFailure(turn, error);
                    return new CardActionHandler.Result(replies.errorCard(turn.language()), Outcome.none());
                })
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
        return safely(() -> handler.handle(turn, command))
                .exceptionallyCompose(error -> refusal(turn, error)
                        .map(card -> CompletableFuture.completedFuture(Outcome.reply(replies.card(card))))
                        .orElseGet(() -> CompletableFuture.failedFuture(error)));
    }

    private CompletableFuture<CardActionHandler.Result> act(Turn turn, String verb, JsonNode data) {
        CardActionHandler handler = actions.get(verb);
        if (handler == null) {
            return CompletableFuture.completedFuture(
                    new CardActionHandler.Result(replies.unknownActionCard(turn, verb), Outcome.none()));
        }
        return safely(() -> handler.handle(turn, verb, data))
                .exceptionallyCompose(error -> refusal(turn, error)
                        .map(card ->
                                CompletableFuture.completedFuture(new CardActionHandler.Result(card, Outcome.none())))
                        .orElseGet(() -> CompletableFuture.failedFuture(error)));
    }

    /** The refusal card for a refused request or unreadable input a handler let through, so none becomes an error. */
    private Optional<ObjectNode> refusal(Turn turn, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof DomainException refused) {
            return Optional.of(replies.refusalCard(turn.language(), refused));
        }
        if (cause instanceof InvalidInputException invalid) {
            return Optional.of(replies.invalidInputCard(turn.language(), invalid));
        }
        return Optional.empty();
    }

    /**
     * Teams delivered this activity before. A replayed message is ignored; a replayed card action changes nothing
     * but still gets a card: answers are shown again as saved ({@code refreshItems}), anything else says it was
     * received.
     */
    private CompletableFuture<Void> replayed(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        if (!activity.isType("invoke") || !CARD_ACTION.equals(activity.getName())) {
            return CompletableFuture.completedFuture(null);
        }
        Turn turn = Turn.of(turnContext);
        JsonNode action = activity.getValue() instanceof JsonNode value ? value.path("action") : null;
        CompletableFuture<ObjectNode> card;
        if (action != null && "answer".equals(action.path("verb").asText()) && actions.containsKey("refreshItems")) {
            card = safely(() -> actions.get("refreshItems").handle(turn, "refreshItems", action.path("data")))
                    .thenApply(CardActionHandler.Result::card);
        } else {
            card = CompletableFuture.completedFuture(replies.alreadyReceivedCard(turn));
        }
        return card.exceptionally(error -> {
                    logFailure(turn, error);
                    return replies.errorCard(turn.language());
                })
                .thenCompose(shown -> turnContext.sendActivity(replies.invokeResponse(replies.invokeCard(shown))))
                .thenApply(sent -> null);
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
