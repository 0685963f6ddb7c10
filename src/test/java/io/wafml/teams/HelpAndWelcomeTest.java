package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Help in channels and personal chats, in both languages; the welcome card on install; hints for unknown input. */
class HelpAndWelcomeTest extends EndToEndTest {

    @Test
    void answersHelpInAChannelWithTheCommandList() {
        BotClient.Reply reply = bot.post(Fixtures.channelMessage("help"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode card = onlyCard();
        assertThat(card.toString())
                .contains("Commands")
                .contains("start ‹workload›")
                .contains("開始");
        JsonNode sent = connector.sentActivities().get(0);
        assertThat(sent.path("replyToId").asText()).isNotBlank();
        assertThat(connector.calls().get(0).path())
                .isEqualTo("/v3/conversations/19:ml-platform@thread.tacv2;messageid=1764838800000/activities/"
                        + sent.path("replyToId").asText());
    }

    @Test
    void answersHelpInJapaneseForAJapaneseClient() {
        bot.post(Fixtures.locale(Fixtures.channelMessage("ヘルプ"), "ja-JP"));

        assertThat(onlyCard().toString()).contains("コマンド");
    }

    @Test
    void answersHelpInAPersonalChatWithoutAMention() {
        bot.post(Fixtures.personalMessage("  HELP  "));

        assertThat(onlyCard().toString()).contains("Commands");
        assertThat(connector.calls().get(0).path()).startsWith("/v3/conversations/a:1personal-chat-with-megan/");
    }

    @Test
    void answersHelpInJapaneseInAPersonalChat() {
        bot.post(Fixtures.locale(Fixtures.personalMessage("ヘルプ"), "ja-JP"));

        assertThat(onlyCard().toString()).contains("コマンド");
    }

    @Test
    void welcomesTheTeamWhenInstalled() {
        BotClient.Reply reply = bot.post(Fixtures.botInstalledInTeam());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode card = onlyCard();
        assertThat(card.toString()).contains("66").contains("Azure Machine Learning");
    }

    @Test
    void hintsAtHelpForAnUnknownCommand() {
        bot.post(Fixtures.channelMessage("dance please"));

        assertThat(onlyCard().toString()).contains("dance").contains("help");
    }

    @Test
    void hintsAtHelpForAMessageWithOnlyTheMention() {
        bot.post(Fixtures.channelMessage(""));

        assertThat(onlyCard().toString()).contains("help");
    }

    @Test
    void answersTheHelpButtonOfACardWithTheHelpCard() {
        BotClient.Reply reply = bot.post(Fixtures.cardAction("help", Fixtures.JSON.createObjectNode()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("statusCode").asInt()).isEqualTo(200);
        assertThat(reply.json().path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(reply.json().path("value").path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(reply.json().path("value").toString()).contains("Commands");
    }

    @Test
    void answersALegacySubmitWithANewMessage() {
        bot.post(Fixtures.legacySubmit(Fixtures.JSON.createObjectNode().put("verb", "help")));

        assertThat(onlyCard().toString()).contains("Commands");
    }

    private JsonNode onlyCard() {
        List<JsonNode> sent = connector.awaitActivities(1);
        assertThat(sent).hasSize(1);
        JsonNode attachment = sent.get(0).path("attachments").get(0);
        assertThat(attachment.path("contentType").asText()).isEqualTo(Replies.CARD_CONTENT_TYPE);
        return attachment.path("content");
    }
}
