package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Handles the card actions ({@code Action.Execute} verbs) of one feature. */
interface CardActionHandler {

    /** The verbs this handler answers. */
    Set<String> actionVerbs();

    /** Handles one action and returns the card that replaces the one the user acted on, plus any other messages. */
    CompletableFuture<Result> handle(Turn turn, String verb, JsonNode data);

    /** The card shown in place of the acted-on card, and what else to send or update. */
    record Result(ObjectNode card, Outcome outcome) {}
}
