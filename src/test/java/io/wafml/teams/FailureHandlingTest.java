package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A failure inside the bot is answered with a short error card: never silence, never a stack trace, never a 500. */
class FailureHandlingTest extends EndToEndTest {

    /** Card actions that fail the way a bug would: by throwing, and by failing their future. */
    @TestConfiguration
    static class FailingActions {
        @Bean
        CardActionHandler failingActions() {
            return new CardActionHandler() {
                @Override
                public Set<String> actionVerbs() {
                    return Set.of("throws", "fails");
                }

                @Override
                public CompletableFuture<Result> handle(Turn turn, String verb, JsonNode data) {
                    if ("throws".equals(verb)) {
                        throw new IllegalStateException("a bug");
                    }
                    return CompletableFuture.failedFuture(new IllegalStateException("a failed future"));
                }
            };
        }
    }

    @Test
    void answersACardActionThatThrowsWithAnErrorCard() {
        BotClient.Reply reply = bot.post(Fixtures.cardAction("throws", Fixtures.JSON.createObjectNode()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("value").toString())
                .contains("Something went wrong")
                .doesNotContain("a bug");
    }

    @Test
    void answersACardActionWhoseWorkFailsWithAnErrorCard() {
        BotClient.Reply reply = bot.post(Fixtures.cardAction("fails", Fixtures.JSON.createObjectNode()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("value").toString()).contains("Something went wrong");
    }

    @Test
    void answersALegacySubmitThatFailsWithAnErrorMessage() {
        BotClient.Reply reply =
                bot.post(Fixtures.legacySubmit(Fixtures.JSON.createObjectNode().put("verb", "throws")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(connector.awaitActivities(1).get(0).toString())
                .contains("Something went wrong")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void answersAnUnknownCardVerbPolitely() {
        BotClient.Reply reply = bot.post(Fixtures.cardAction("nonsense", Fixtures.JSON.createObjectNode()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("value").toString()).contains("nonsense").contains("help");
    }
}
