package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.Choice;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Pillar;
import io.wafml.teams.Fixtures.TestMember;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An assessment run in a team channel of five members, end to end over HTTP: start, roles, assignment, posting
 * the checklist, concurrent answers, refusals, replays, changed answers and status.
 */
class AssessmentFlowTest extends EndToEndTest {

    static final TestMember MEGAN = Fixtures.TEAM.get(0);
    static final TestMember ADELE = Fixtures.TEAM.get(1);
    static final TestMember ALEX = Fixtures.TEAM.get(2);
    static final TestMember DIEGO = Fixtures.TEAM.get(3);
    static final TestMember LYNNE = Fixtures.TEAM.get(4);

    @Autowired
    AssessmentService service;

    @Autowired
    Checklist checklist;

    @Autowired
    MemberIdentities identities;

    @Test
    void runsAnAssessmentWithSeveralMembersAnsweringTheSamePillar() throws Exception {
        AssessmentId id = startWithSecurityAssignedToThree("Fraud model v2");
        Pillar security = checklist.findPillar("SE").orElseThrow();
        Category first = security.categories().get(0);

        List<Future<BotClient.Reply>> replies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (TestMember member : List.of(ADELE, ALEX, DIEGO)) {
            replies.add(pool.submit((Callable<BotClient.Reply>) () ->
                    bot.post(Fixtures.from(answer(id, first, member == ALEX ? "no" : "yes"), member))));
        }
        for (Future<BotClient.Reply> reply : replies) {
            assertThat(reply.get().status()).isEqualTo(200);
            assertThat(reply.get().json().path("value").toString())
                    .contains(first.items().get(0).question().en());
        }
        pool.shutdown();

        assertThat(service.answers(id))
                .hasSize(3 * first.items().size())
                .extracting(a -> a.respondent().id())
                .containsOnly(ADELE.teamsId(), ALEX.teamsId(), DIEGO.teamsId());
        assertThat(service.answers(id).stream().filter(a -> a.respondent().id().equals(ALEX.teamsId())))
                .allMatch(a -> a.choice() == Choice.NO);
    }

    @Test
    void showsEachMemberTheirOwnAnswersAndUpdatesTheSharedCard() {
        AssessmentId id = startWithSecurityAssignedToThree("Churn model");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);
        String itemId = first.items().get(0).id().value();
        connector.reset();

        BotClient.Reply reply = bot.post(Fixtures.from(answer(id, first, "partial"), ADELE));

        JsonNode card = reply.json().path("value");
        JsonNode choice = findInput(card, "choice-" + itemId);
        assertThat(choice.path("value").asText()).isEqualTo("partial");
        assertThat(card.path("refresh").path("userIds").toString())
                .contains(ADELE.teamsId(), ALEX.teamsId(), DIEGO.teamsId());
        List<JsonNode> updates = connector.awaitCalls(c -> "PUT".equals(c.method()), 1).stream()
                .map(FakeConnector.Call::body)
                .toList();
        assertThat(updates).hasSize(1);
        JsonNode shared = updates.get(0).path("attachments").get(0).path("content");
        assertThat(shared.toString()).contains("Answered by 1 of 3 assignees: Adele Vance");
        assertThat(findInput(shared, "choice-" + itemId).path("value").asText()).isEmpty();
    }

    @Test
    void refusesAnAnswerFromAMemberWhoIsNotAssignedAndStoresNothing() {
        AssessmentId id = startWithSecurityAssignedToThree("Recommender");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);

        BotClient.Reply reply = bot.post(Fixtures.from(answer(id, first, "yes"), LYNNE));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("value").toString()).contains("not assigned");
        assertThat(service.answers(id)).isEmpty();
    }

    @Test
    void storesAReplayedAnswerOnce() {
        AssessmentId id = startWithSecurityAssignedToThree("Forecasting");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);
        ObjectNode activity = Fixtures.from(answer(id, first, "yes"), ADELE);
        bot.post(activity);
        var stored = service.answers(id);

        ObjectNode replay = activity.deepCopy();
        ((ObjectNode) replay.path("value").path("action").path("data"))
                .put("choice-" + first.items().get(0).id(), "no");
        BotClient.Reply second = bot.post(replay);

        assertThat(second.status()).isEqualTo(200);
        assertThat(service.answers(id)).isEqualTo(stored);
    }

    @Test
    void letsAMemberChangeTheirAnswer() {
        AssessmentId id = startWithSecurityAssignedToThree("Vision QA");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);
        bot.post(Fixtures.from(answer(id, first, "no"), ADELE));

        bot.post(Fixtures.from(answer(id, first, "yes"), ADELE));

        assertThat(service.answers(id)).hasSize(first.items().size()).allMatch(a -> a.choice() == Choice.YES);
    }

    @Test
    void asksForAReasonWhenAnItemIsNotApplicableAndStoresNothingWithout() {
        AssessmentId id = startWithSecurityAssignedToThree("Speech");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);

        BotClient.Reply reply = bot.post(Fixtures.from(answer(id, first, "na"), ADELE));

        assertThat(reply.json().path("value").toString()).contains("reason");
        assertThat(service.answers(id)).isEmpty();
    }

    @Test
    void reportsProgressPerPillarAndMemberInTheStatusCard() {
        AssessmentId id = startWithSecurityAssignedToThree("Pricing");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);
        bot.post(Fixtures.from(answer(id, first, "yes"), ADELE));
        connector.reset();

        bot.post(Fixtures.channelMessage("status"));

        String status = connector
                .awaitCalls(
                        c -> "POST".equals(c.method()) && c.body().toString().contains("Assessment status"), 1)
                .get(0)
                .body()
                .toString();
        int items = checklist.findPillar("SE").orElseThrow().items().size();
        assertThat(status)
                .contains("\"" + first.items().size() + "/" + (3 * items) + "\"")
                .contains("Alex Wilber (" + items + ")")
                .contains("Adele Vance (" + (items - first.items().size()) + ")");
    }

    @Test
    void postsOneCardPerCategoryMentioningTheAssigneesEachWithin28Kilobytes() {
        startWithSecurityAssignedToThree("Anomaly detection");

        int categories = checklist.pillars().stream()
                .mapToInt(p -> p.categories().size())
                .sum();
        List<JsonNode> cards = connector.awaitActivities(categories);
        assertThat(cards).hasSizeGreaterThanOrEqualTo(categories);
        cards.forEach(card -> assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(ItemsCards.MAX_CARD_BYTES + 1024));
        List<String> security = cards.stream()
                .map(JsonNode::toString)
                .filter(c -> c.contains("\"categoryId\":\"SE-"))
                .toList();
        assertThat(security).isNotEmpty().allMatch(c -> c.contains("<at>Adele Vance</at>"));
    }

    @Test
    void runsTheWholeFlowInJapanese() {
        bot.post(Fixtures.locale(Fixtures.channelMessage("開始 需要予測"), "ja-JP"));

        String card = connector.awaitActivities(1).get(0).toString();
        assertThat(card).contains("需要予測").contains("セキュリティ");
    }

    @Test
    void keepsTheEntraObjectIdAndNameOfEachRespondent() {
        AssessmentId id = startWithSecurityAssignedToThree("Tabular QA");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);

        bot.post(Fixtures.from(answer(id, first, "yes"), DIEGO));

        var identity = identities
                .find("11111111-2222-3333-4444-555555555555", DIEGO.teamsId())
                .orElseThrow();
        assertThat(identity.aadObjectId()).isEqualTo(DIEGO.aadObjectId());
        assertThat(identity.name()).isEqualTo(DIEGO.name());
        assertThat(service.answers(id)).allMatch(a -> a.respondent().id().equals(identity.memberId()));
    }

    @Test
    void assignsAPillarNamedInWordsToMentionedMembersWithOrWithoutTo() {
        AssessmentId id = startWithSecurityAssignedToThree("Routing");

        bot.post(Fixtures.channelMessage("assign Cost Optimization to @", LYNNE));
        bot.post(Fixtures.locale(Fixtures.channelMessage("割り当て 信頼性 @", ALEX), "ja-JP"));

        var assessment = service.get(id);
        assertThat(assessment.assignments().get("CO").members())
                .extracting(io.wafml.assessment.Member::id)
                .containsExactly(LYNNE.teamsId());
        assertThat(assessment.assignments().get("RE").members())
                .extracting(io.wafml.assessment.Member::id)
                .containsExactly(ALEX.teamsId());
    }

    @Test
    void assignsPillarsWithTheRoleAndPeoplePickersOfTheCard() {
        AssessmentId id = startWithSecurityAssignedToThree("Ranking");
        connector.roster("19:team-general@thread.tacv2", List.of(LYNNE.account()));
        ObjectNode data = Fixtures.JSON.createObjectNode();
        data.put("verb", "assign");
        data.put("assessmentId", id.toString());
        data.put("roles-RE", "Security engineer");
        data.put("members-CO", LYNNE.aadObjectId());

        BotClient.Reply reply = bot.post(Fixtures.cardAction("assign", data));

        assertThat(reply.json().path("value").toString()).contains("Lynne Robbins");
        var assessment = service.get(id);
        assertThat(assessment.assignments().get("CO").members())
                .extracting(io.wafml.assessment.Member::id)
                .containsExactly(LYNNE.teamsId());
        assertThat(assessment.assignments().get("RE").roles()).containsExactly("Security engineer");
        assertThat(assessment.assignments().get("SE").roles()).containsExactly("Security engineer");
    }

    @Test
    void refusesTheAssignmentCardOfAMemberWhoIsNotTheFacilitator() {
        AssessmentId id = startWithSecurityAssignedToThree("Search");
        ObjectNode data = Fixtures.JSON.createObjectNode();
        data.put("verb", "assign");
        data.put("assessmentId", id.toString());
        data.put("roles-RE", "Security engineer");

        BotClient.Reply reply = bot.post(Fixtures.from(Fixtures.cardAction("assign", data), ADELE));

        assertThat(reply.json().path("value").toString()).contains("Only the facilitator");
        assertThat(service.get(id).assignments()).doesNotContainKey("RE");
    }

    @Test
    void showsTheSavedAnswersAgainWhenAnAnswerIsReplayed() {
        AssessmentId id = startWithSecurityAssignedToThree("Translation");
        Category first = checklist.findPillar("SE").orElseThrow().categories().get(0);
        ObjectNode activity = Fixtures.from(answer(id, first, "partial"), ADELE);
        bot.post(activity);

        BotClient.Reply replay = bot.post(activity);

        JsonNode choice = findInput(
                replay.json().path("value"), "choice-" + first.items().get(0).id());
        assertThat(choice.path("value").asText()).isEqualTo("partial");
    }

    private AssessmentId startWithSecurityAssignedToThree(String workload) {
        bot.post(Fixtures.channelMessage("start " + workload));
        bot.post(Fixtures.channelMessage("role Security engineer @ @ @", ADELE, ALEX, DIEGO));
        bot.post(Fixtures.channelMessage("assign Security Security engineer"));
        AssessmentId id = service.current(
                        new io.wafml.assessment.ConversationKey(
                                "11111111-2222-3333-4444-555555555555", Fixtures.channelId()),
                        java.util.Optional.of(workload))
                .orElseThrow()
                .id();
        bot.post(Fixtures.channelMessage("send"));
        connector.awaitActivities(4 + categories());
        return id;
    }

    private int categories() {
        return checklist.pillars().stream().mapToInt(p -> p.categories().size()).sum();
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

    private static JsonNode findInput(JsonNode node, String id) {
        if (node.isObject() && id.equals(node.path("id").asText())) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = findInput(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
