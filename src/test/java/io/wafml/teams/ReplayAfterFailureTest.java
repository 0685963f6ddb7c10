package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.Choice;
import io.wafml.assessment.ConversationKey;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.teams.Fixtures.TestMember;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replay protection never costs an answer: an activity whose handling failed is handled again when Teams redelivers
 * it, and only a delivery that succeeded makes later copies no-ops.
 */
class ReplayAfterFailureTest extends EndToEndTest {

    static final TestMember ADELE = Fixtures.TEAM.get(1);

    @Autowired
    AssessmentService service;

    @Autowired
    Checklist checklist;

    @Test
    void handlesAgainAnAnswerWhoseFirstDeliveryFailed() {
        AssessmentId id = startWithSecurityAssignedToAdele("Retried answers");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);
        ObjectNode activity = Fixtures.from(answer(id, first, "partial"), ADELE);
        connector.failNext("/activities/", 10, 500, "{\"error\":{\"code\":\"ServiceError\"}}", null);

        BotClient.Reply failed = bot.post(activity.deepCopy());
        connector.reset();
        BotClient.Reply retried = bot.post(activity.deepCopy());
        BotClient.Reply replayed = bot.post(activity.deepCopy());

        assertThat(failed.status()).isGreaterThanOrEqualTo(500);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body())
                .contains("choice-" + first.items().get(0).id())
                .doesNotContain("already received");
        assertThat(replayed.body()).contains("I already received this");
        assertThat(service.answers(id)).hasSize(first.items().size()).allMatch(a -> a.choice() == Choice.PARTIAL);
        assertThat(connector.calls()).filteredOn(c -> "PUT".equals(c.method())).hasSize(1);
    }

    private AssessmentId startWithSecurityAssignedToAdele(String workload) {
        bot.post(Fixtures.channelMessage("start " + workload));
        bot.post(Fixtures.channelMessage("role Retry reviewer @", ADELE));
        bot.post(Fixtures.channelMessage("assign Security Retry reviewer"));
        AssessmentId id = service.current(
                        new ConversationKey("11111111-2222-3333-4444-555555555555", Fixtures.channelId()),
                        Optional.of(workload))
                .orElseThrow()
                .id();
        bot.post(Fixtures.channelMessage("send " + workload));
        int categories = checklist.pillars().stream()
                .mapToInt(p -> p.categories().size())
                .sum();
        connector.awaitActivities(4 + categories);
        return id;
    }

    private static ObjectNode answer(AssessmentId id, Category category, String choice) {
        ObjectNode data = Fixtures.JSON.createObjectNode();
        data.put("verb", "answer");
        data.put("assessmentId", id.toString());
        data.put("categoryId", category.id());
        data.put("page", 1);
        category.items().forEach(item -> data.put("choice-" + item.id(), choice));
        return Fixtures.cardAction("answer", data);
    }
}
