package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.ConversationKey;
import io.wafml.checklist.Checklist;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Send and Status buttons of the started card, pressed in a team channel. */
class AssessmentActionsTest extends EndToEndTest {

    @Autowired
    AssessmentService service;

    @Autowired
    Checklist checklist;

    @Test
    void sendButtonPostsTheChecklistAndKeepsTheStartedCard() {
        Assessment assessment = start("Credit scoring");
        connector.reset();

        BotClient.Reply reply = bot.post(action("send", assessment));

        int categories = checklist.pillars().stream()
                .mapToInt(p -> p.categories().size())
                .sum();
        List<JsonNode> posted = connector.awaitActivities(1 + categories);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("value").toString()).contains("Credit scoring", "Send the checklist");
        assertThat(posted)
                .as("the confirmation, posted beside the category cards that are sent in the background")
                .anySatisfy(activity -> assertThat(activity.toString()).contains("35 cards"));
        assertThat(service.get(assessment.id()).sentAt()).isPresent();
    }

    @Test
    void statusButtonShowsTheStatusCardInPlace() {
        Assessment assessment = start("Demand model");

        BotClient.Reply reply = bot.post(action("status", assessment));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("value").toString()).contains("Assessment status", "Demand model");
        assertThat(reply.json().path("value").toString()).doesNotContain("not something I can do");
    }

    private Assessment start(String workload) {
        bot.post(Fixtures.channelMessage("start " + workload));
        return service.current(
                        new ConversationKey("11111111-2222-3333-4444-555555555555", Fixtures.channelId()),
                        Optional.of(workload))
                .orElseThrow();
    }

    private static ObjectNode action(String verb, Assessment assessment) {
        ObjectNode data = InboundActivity.MAPPER.createObjectNode();
        data.put("verb", verb);
        data.put("assessmentId", assessment.id().toString());
        return Fixtures.cardAction(verb, data);
    }
}
