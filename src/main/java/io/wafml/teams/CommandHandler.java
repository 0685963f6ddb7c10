package io.wafml.teams;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Handles the typed commands of one feature. */
interface CommandHandler {

    /** The verbs this handler answers. */
    Set<Verb> verbs();

    /** Handles one command; refusals and errors are answered with a card, not thrown. */
    CompletableFuture<Outcome> handle(Turn turn, CommandLine command);
}
