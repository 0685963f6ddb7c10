package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** Answers {@code help} typed or clicked with the help card in the viewer's language. */
@Component
class HelpCommands implements CommandHandler, CardActionHandler {

    private final Replies replies;
    private final HelpCards help;

    HelpCommands(Replies replies, HelpCards help) {
        this.replies = replies;
        this.help = help;
    }

    @Override
    public Set<Verb> verbs() {
        return Set.of(Verb.HELP);
    }

    @Override
    public CompletableFuture<Outcome> handle(Turn turn, CommandLine command) {
        return CompletableFuture.completedFuture(Outcome.reply(replies.help(turn)));
    }

    @Override
    public Set<String> actionVerbs() {
        return Set.of("help");
    }

    @Override
    public CompletableFuture<Result> handle(Turn turn, String verb, JsonNode data) {
        return CompletableFuture.completedFuture(new Result(help.help(turn.language()), Outcome.none()));
    }
}
