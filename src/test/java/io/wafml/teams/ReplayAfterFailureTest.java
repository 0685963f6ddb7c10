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
 * Replay protection never costs an answer: a failure of a side effect (the channel card's progress) does not lose
 * the answer, and a redelivery of a handled answer shows the saved card without a second effect. Deliveries cut off by
 * a crash are handled again: see the multi-instance integration test.
 */
class ReplayAfterFailureTest extends EndToEndTest {

    static final TestMember ADELE = Fixtures.TEAM.get(1);

    @Autowired
    AssessmentService service;

    @Autowired
    Checklist checklist;

    @Test
    void keepsAnAnswerWhoseSharedCardCouldNotBeUpdatedAndTreatsTheRedeliveryAsAReplay() {
        AssessmentId id = startWithSecurityAssignedToAdele("Retried answers");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);
        ObjectNode activity = Fixtures.from(answer(id, first, "partial"), ADELE);
        connector.failNext("/activities/", 10, 500, "{\"error\":{\"code\":\"ServiceError\"}}", null);

        BotClient.Reply answered = bot.post(activity.deepCopy());
        connector.awaitCalls(c -> "PUT".equals(c.method()) && c.status() == 500, 1);
        connector.reset();
        BotClient.Reply redelivered = bot.post(activity.deepCopy());

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).contains("choice-" + first.items().get(0).id());
        assertThat(service.answers(id)).hasSize(first.items().size()).allMatch(a -> a.choice() == Choice.PARTIAL);
        assertThat(redelivered.status()).isEqualTo(200);
        assertThat(redelivered.body()).contains("\"value\":\"partial\"");
        assertThat(connector.calls()).filteredOn(c -> "PUT".equals(c.method())).isEmpty();
        assertThat(service.answers(id)).hasSize(first.items().size());
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
