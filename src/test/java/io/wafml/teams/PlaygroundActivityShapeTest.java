package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The activities the Microsoft 365 Agents Playground sends (captured from its web UI) are understood by the bot. */
class PlaygroundActivityShapeTest {

    private static final String TEAM_ID = "19:1a2b3c-ml-platform@thread.tacv2";

    @Test
    void channelPostMentioningTheBotReadsAsTheCommandAfterTheMention() {
        Activity activity = InboundActivity.parse(fixture("playground-channel-message.json"));

        assertThat(MentionText.withoutBotMention(activity)).isEqualTo("help");
        assertThat(MentionText.peopleMentioned(activity)).isEmpty();
        assertThat(activity.getConversation().getConversationType()).isEqualTo("channel");
        assertThat(activity.getConversation().getId()).startsWith(TEAM_ID + ";messageid=");
        assertThat(activity.getFrom().getAadObjectId()).isEqualTo("00000000-0000-0000-0000-0000000000a1");
        assertThat(activity.getLocale()).isEqualTo("en-US");
    }

    @Test
    void channelPostCarriesTheTeamChannelAndTenantInChannelData() {
        Activity activity = InboundActivity.parse(fixture("playground-channel-message.json"));
        TeamsChannelData data = activity.teamsGetChannelData();

        assertThat(data.getTeam().getId()).isEqualTo(TEAM_ID);
        assertThat(data.getChannel().getId()).isEqualTo(TEAM_ID);
        assertThat(data.getTenant().getId()).isEqualTo("11111111-2222-3333-4444-555555555555");
    }

    @Test
    void executeActionCarriesTheCardInputsInsideTheActionData() {
        Activity activity = InboundActivity.parse(fixture("playground-card-action.json"));
        JsonNode action = ((JsonNode) activity.getValue()).path("action");

        assertThat(activity.getType()).isEqualTo(ActivityTypes.INVOKE);
        assertThat(activity.getName()).isEqualTo("adaptiveCard/action");
        assertThat(action.path("verb").asText()).isEqualTo("answerExec");
        assertThat(action.path("data").path("answer").asText()).isEqualTo("yes");
        assertThat(activity.getReplyToId()).isNotBlank();
    }

    @Test
    void submitActionArrivesAsAMessageWithoutTextWhoseValueHoldsDataAndInputs() {
        Activity activity = InboundActivity.parse(fixture("playground-card-submit.json"));
        JsonNode value = (JsonNode) activity.getValue();

        assertThat(activity.getType()).isEqualTo(ActivityTypes.MESSAGE);
        assertThat(activity.getText()).isNull();
        assertThat(value.path("verb").asText()).isEqualTo("answer");
        assertThat(value.path("answer").asText()).isEqualTo("no");
    }

    @Test
    void installingInTheTeamAddsTheBotToTheGeneralChannel() {
        Activity activity = InboundActivity.parse(fixture("playground-bot-added-to-team.json"));
        TeamsChannelData data = activity.teamsGetChannelData();

        assertThat(activity.getType()).isEqualTo(ActivityTypes.CONVERSATION_UPDATE);
        assertThat(activity.getMembersAdded())
                .extracting(ChannelAccount::getId)
                .containsExactly(activity.getRecipient().getId());
        assertThat(data.getEventType()).isEqualTo("teamMemberAdded");
        assertThat(data.getTeam().getName()).isEqualTo("ML Platform");
    }

    private static String fixture(String name) {
        try (InputStream in = PlaygroundActivityShapeTest.class.getResourceAsStream("/teams/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + name, e);
        }
    }
}
