package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.Status;
import io.wafml.cards.OfficialCards;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Item;
import io.wafml.cli.Cli;
import io.wafml.report.Csv;
import io.wafml.report.ExportFormat;
import io.wafml.report.ExportSigner;
import io.wafml.teams.Fixtures.TestMember;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Finishing an assessment end to end: the score card's numbers against a hand computation, automatic finishing, one
 * score card however often it is finished, refusals, the pillar details, history and the comparison with a re-run.
 */
class ResultsFlowTest extends EndToEndTest {

    static final TestMember MEGAN = Fixtures.TEAM.get(0);
    static final TestMember ADELE = Fixtures.TEAM.get(1);
    static final TestMember ALEX = Fixtures.TEAM.get(2);
    static final TestMember DIEGO = Fixtures.TEAM.get(3);
    static final TestMember LYNNE = Fixtures.TEAM.get(4);
    static final String TENANT = "11111111-2222-3333-4444-555555555555";

    @Autowired
    AssessmentService service;

    @Autowired
    Checklist checklist;

    @Autowired
    ExportSigner signer;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void scoresDifferingAnswersOfThreeMembersAsComputedByHand() {
        AssessmentId id = answeredByThree("Fraud scoring");

        bot.post(Fixtures.channelMessage("finish Fraud scoring"));
        JsonNode card = awaitScoreCard(id);

        // CO: 1 + 0 + 0.5 + 1 + 1 + 1 + 0 = 4.5 of 7 -> 64.3; OE: 1 + 1 + 0.5 = 2.5 of 3 -> 83.3;
        // overall: (83.3 + 64.3) / 2 = 73.8; PE, RE and SE have no answers, hence no score.
        List<String> texts = texts(card);
        assertThat(texts).contains("73.8", "Good", "83.3 Strong", "64.3 Good", "- Not scored");
        assertThat(texts)
                .contains("Coverage 3/10 · High 0 · Medium 1 · Unknown 0 · Unanswered 7")
                .contains("Coverage 7/7 · High 1 · Medium 1 · Unknown 1 · Unanswered 0");
        assertThat(facts(card)).containsEntry("Finished because", "Finished by Megan Bowen");
        assertThat(chart(card)).containsEntry("OE", 83).containsEntry("CO", 64).containsEntry("SE", 0);
        assertThat(facts(card))
                .containsEntry("Adele Vance", "7 of 7 items")
                .containsEntry("Alex Wilber", "7 of 7 items")
                .containsEntry("Diego Siciliani", "7 of 7 items")
                .containsEntry("Megan Bowen", "3 items");
        assertThat(texts)
                .containsSubsequence("CO-02", "CO-04", "CO-07")
                .contains("Adele Vance: No (no budget alerts) · Alex Wilber: Yes · Diego Siciliani: Partially")
                .contains("Adele Vance: Yes · Alex Wilber: Yes · Diego Siciliani: Not applicable (reason: no GPUs)");
        assertThat(texts)
                .filteredOn(t -> t.matches("[A-Z]{2}-\\d\\d · .*"))
                .containsExactly(
                        "OE-03 · Operational Excellence · Partially",
                        "CO-02 · Cost Optimization · No",
                        "CO-07 · Cost Optimization · Don't know",
                        "CO-03 · Cost Optimization · Partially");
        assertThat(card.toString())
                .contains(checklist
                        .findItem(new io.wafml.checklist.ItemId("CO-02"))
                        .orElseThrow()
                        .links()
                        .get(0)
                        .url()
                        .toString());
        assertThat(openUrls(card)).hasSize(3).allMatch(u -> u.contains("/api/export/" + id + "."));
        assertValid(card);
    }

    @Test
    void finishesByItselfWhenEveryAssigneeHasAnsweredAndPostsOneScoreCard() {
        bot.post(Fixtures.locale(Fixtures.channelMessage("開始 Auto finish"), "ja-JP"));
        bot.post(Fixtures.channelMessage("role Everything @", ADELE));
        for (String pillar : List.of("OE", "PE", "CO", "RE", "SE")) {
            bot.post(Fixtures.channelMessage("assign " + pillar + " Everything"));
        }
        AssessmentId id = current("Auto finish");
        for (Category category : categories()) {
            Map<String, String> choices = new LinkedHashMap<>();
            category.items().forEach(i -> choices.put(i.id().value(), "yes"));
            bot.post(Fixtures.from(answer(id, category, choices, Map.of()), ADELE));
        }

        JsonNode card = awaitScoreCard(id);

        assertThat(service.get(id).status()).isEqualTo(Status.FINISHED);
        assertThat(texts(card)).contains("100", "優良", "OE ██████████ 100", "SE ██████████ 100");
        assertThat(facts(card)).containsEntry("完了理由", "担当者全員が回答しました");
        assertOneScoreCard(id);
    }

    @Test
    void turnsThePostedCategoryCardsReadOnlyAfterFinishing() {
        AssessmentId id = answeredByThree("Read only");
        bot.post(Fixtures.channelMessage("send Read only"));
        int categories = categories().size();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> categoryCards(id, "POST", "") >= categories);

        bot.post(Fixtures.channelMessage("finish Read only"));

        awaitScoreCard(id);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> categoryCards(id, "PUT", "This assessment is finished") == categories);
    }

    private long categoryCards(AssessmentId id, String method, String text) {
        return connector.calls().stream()
                .filter(c -> method.equals(c.method()) && c.isActivityWrite() && c.body() != null)
                .map(c -> c.body().toString())
                .filter(b -> b.contains("\"categoryId\"") && b.contains(id.toString()) && b.contains(text))
                .count();
    }

    @Test
    void postsOneScoreCardWhenFinishIsSentTwiceAtOnce() {
        AssessmentId id = answeredByThree("Twice finished");

        var first = CompletableFuture.supplyAsync(() -> bot.post(Fixtures.channelMessage("finish Twice finished")));
        var second = CompletableFuture.supplyAsync(() -> bot.post(Fixtures.channelMessage("finish Twice finished")));
        first.join();
        second.join();
        awaitScoreCard(id);
        bot.post(Fixtures.channelMessage("finish Twice finished"));

        assertOneScoreCard(id);
    }

    @Test
    void refusesFinishFromAMemberWhoDoesNotFacilitateAndChangesNothing() {
        AssessmentId id = answeredByThree("Not yours");
        connector.reset();

        bot.post(Fixtures.from(Fixtures.channelMessage("finish Not yours"), LYNNE));
        BotClient.Reply button = bot.post(Fixtures.from(Fixtures.cardAction("finish", data(id)), ADELE));

        assertThat(connector.awaitActivities(1).get(0).toString()).contains("Only the facilitator");
        assertThat(button.json().path("value").toString()).contains("Only the facilitator");
        assertThat(service.get(id).status()).isEqualTo(Status.OPEN);
        BotClient.Reply own = bot.post(Fixtures.cardAction("finish", data(id)));
        assertThat(own.json().path("value").toString()).contains("the score card follows");
        awaitScoreCard(id);
        assertOneScoreCard(id);
    }

    @Test
    void showsAPillarsGapsInItsDetailsAndRefusesAnotherConversationsAssessment() {
        AssessmentId id = answeredByThree("Details");
        bot.post(Fixtures.channelMessage("finish Details"));
        awaitScoreCard(id);
        ObjectNode request = data(id);
        request.put("pillar", "CO");

        JsonNode details =
                bot.post(Fixtures.cardAction("drilldown", request)).json().path("value");
        JsonNode foreign = bot.post(elsewhere(Fixtures.cardAction("drilldown", request), "19:other-team@thread.tacv2"))
                .json()
                .path("value");

        assertThat(texts(details)).containsSubsequence("CO-02", "CO-07", "CO-03");
        assertThat(facts(details))
                .containsEntry("Score", "64.3 · Good")
                .containsEntry("Coverage", "7/7")
                .containsEntry("Risks", "High 1 · Medium 1 · Unknown 1 · Unanswered 0");
        assertValid(details);
        assertThat(foreign.toString()).contains("cannot find that assessment").doesNotContain("CO-02");
    }

    @Test
    void listsTheTeamsRunsAndShowsTheChangeOnARerun() {
        String team = "19:history-" + System.nanoTime() + "@thread.tacv2";
        AssessmentId first = answeredByThree("Churn model", team, "no");
        bot.post(elsewhere(Fixtures.channelMessage("finish"), team));
        awaitScoreCard(first);
        AssessmentId second = answeredByThree("Churn model", team, "yes");
        bot.post(elsewhere(Fixtures.channelMessage("finish"), team));
        JsonNode rerun = awaitScoreCard(second);

        // Run 1: CO = (1 + 0 + 0.5 + 1 + 1 + 1 + 0) / 7 = 64.3, OE 83.3, overall 73.8. Run 2: Adele says Yes to CO-02,
        // so CO-02 is Diego's Partially: CO = (1 + 0.5 + 0.5 + 1 + 1 + 1 + 0) / 7 = 71.4 (+7.1), OE unchanged (±0),
        // overall (83.3 + 71.4) / 2 = 77.35, shown 77.4 (+3.6).
        assertThat(texts(rerun)).contains("77.4", "+3.6 vs. previous run", "71.4 Good", "+7.1", "±0");
        bot.post(elsewhere(Fixtures.channelMessage("start Open run"), team));
        connector.reset();
        bot.post(elsewhere(Fixtures.channelMessage("history"), team));

        List<String> history = texts(connector.awaitActivities(1).get(0));
        assertThat(history).containsSubsequence("Open run", "Open", "-", "Churn model", "Finished", "77.4");
        assertThat(history).containsSubsequence("Churn model", "Finished", "73.8");
    }

    @Test
    void exportsTheStoredAnswersInAllThreeFormats() throws Exception {
        AssessmentId id = answeredByThree("Export check");
        bot.post(Fixtures.channelMessage("finish Export check"));
        List<String> urls = openUrls(awaitScoreCard(id));
        Set<List<String>> stored = service.answers(id).stream()
                .map(a -> List.of(
                        a.item().value(),
                        a.respondent().id(),
                        a.choice().wire(),
                        Objects.toString(a.note(), ""),
                        Objects.toString(a.reason(), "")))
                .collect(Collectors.toSet());

        HttpResponse<byte[]> csv = download(urls.get(1));
        HttpResponse<byte[]> json = download(urls.get(2));
        HttpResponse<byte[]> md = download(urls.get(0));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"wafml-export-check-")
                .endsWith(".csv\"");
        List<List<String>> rows = Csv.parse(new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8));
        // 10 answered items (CO-01..07 by three members, OE-01..03 by one) and 56 unanswered items with one row each.
        assertThat(rows).hasSize(1 + 7 * 3 + 3 + 56);
        assertThat(rows.subList(1, rows.size()).stream()
                        .filter(r -> !r.get(7).isEmpty())
                        .map(r -> List.of(r.get(5), r.get(7), r.get(9), r.get(10), r.get(11)))
                        .collect(Collectors.toSet()))
                .isEqualTo(stored);
        assertThat(rows.get(1).get(15)).isEqualTo("73.8");
        JsonNode result = Fixtures.JSON.readTree(json.body());
        Set<List<String>> fromJson = new java.util.HashSet<>();
        result.path("items")
                .forEach(item -> item.path("responses")
                        .forEach(r -> fromJson.add(List.of(
                                item.path("itemId").asText(),
                                r.path("respondentId").asText(),
                                r.path("answer").asText(),
                                r.path("note").asText(""),
                                r.path("reason").asText("")))));
        assertThat(fromJson).isEqualTo(stored);
        assertThat(result.path("overall").path("score").asDouble()).isEqualTo(73.8);
        assertThat(result.path("disagreements").toString()).isEqualTo("[\"CO-02\",\"CO-04\",\"CO-07\"]");
        String markdown = new String(md.body(), StandardCharsets.UTF_8);
        assertThat(markdown)
                .contains("73.8 Good")
                .contains("Adele Vance: No (note: no budget alerts)")
                .contains("Diego Siciliani: Not applicable (reason: no GPUs)")
                .contains("| CO-07 |");
    }

    @Test
    void refusesTamperedForeignAndExpiredExportLinks() throws Exception {
        AssessmentId id = answeredByThree("Signed links");
        bot.post(Fixtures.channelMessage("finish Signed links"));
        URI csv = URI.create(openUrls(awaitScoreCard(id)).get(1));
        String query = csv.getRawQuery();
        String signature = query.substring(query.indexOf("sig=") + 4);
        String tampered =
                query.replace(signature, new StringBuilder(signature).reverse().toString());
        String otherId = AssessmentId.random().toString();
        ExportSigner.Signed expired =
                signer.sign(id, ExportFormat.CSV, Instant.now().minusSeconds(5));
        ExportSigner.Signed unknown = signer.sign(AssessmentId.parse(otherId), ExportFormat.CSV);

        assertThat(download(csv.toString()).statusCode()).isEqualTo(200);
        assertThat(status(csv.getRawPath() + "?" + tampered)).isEqualTo(403);
        assertThat(status(csv.getRawPath().replace(id.toString(), otherId) + "?" + query))
                .isEqualTo(403);
        assertThat(status(csv.getRawPath().replace(".csv", ".json") + "?" + query))
                .isEqualTo(403);
        assertThat(status(csv.getRawPath())).isEqualTo(403);
        assertThat(status(csv.getRawPath() + "?expires=" + expired.expires() + "&sig=" + expired.signature()))
                .isEqualTo(403);
        assertThat(status(
                        "/api/export/" + otherId + ".csv?expires=" + unknown.expires() + "&sig=" + unknown.signature()))
                .isEqualTo(404);
        assertThat(status("/api/export/" + id + ".txt?expires=x&sig=y")).isEqualTo(403);
    }

    @Test
    void answersExportWithFreshLinks() {
        AssessmentId id = answeredByThree("Fresh links");
        connector.reset();

        bot.post(Fixtures.channelMessage("export Fresh links"));

        JsonNode notice =
                connector.awaitActivities(1).get(0).path("attachments").path(0).path("content");
        assertThat(facts(notice).values())
                .hasSize(3)
                .allMatch(v -> v.startsWith("[Download](") && v.contains("/api/export/" + id + "."));
        assertValid(notice);
    }

    @Test
    void printsAnExportFromTheCommandLineAndFailsForAnUnknownAssessment() throws Exception {
        AssessmentId id = answeredByThree("Command line");
        bot.post(Fixtures.channelMessage("finish Command line"));
        awaitScoreCard(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Cli.run(cli(id.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        int unknown = Cli.run(
                cli(AssessmentId.random().toString()), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        JsonNode json = Fixtures.JSON.readTree(out.toByteArray());
        assertThat(json.path("assessmentId").asText()).isEqualTo(id.toString());
        assertThat(json.path("overall").path("score").asDouble()).isEqualTo(73.8);
        assertThat(unknown).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("No assessment ");
    }

    private String[] cli(String id) {
        List<String> args = new ArrayList<>(List.of("report", "export", "--assessment", id, "--format", "json"));
        for (String property :
                List.of("spring.datasource.url", "spring.datasource.username", "spring.flyway.schemas")) {
            String value = environment.getProperty(property);
            if (value != null) {
                args.add("--" + property + "=" + value);
            }
        }
        return args.toArray(String[]::new);
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        URI uri = URI.create(url);
        String local = "http://127.0.0.1:" + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return http.send(
                HttpRequest.newBuilder(URI.create(local)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private int status(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = download("http://127.0.0.1:" + port + pathAndQuery);
        assertThat(response.body().length).isLessThan(200);
        return response.statusCode();
    }

    private AssessmentId answeredByThree(String workload) {
        return answeredByThree(workload, null, "no");
    }

    /**
     * CO assigned to Adele, Alex and Diego: CO-01 all Yes; CO-02 Adele {@code co02} (note), Alex Yes, Diego Partially;
     * CO-03 Yes, Partially, Yes; CO-04 Yes, Yes, N/A; CO-05 and CO-06 all Yes; CO-07 Yes, Don't know, Yes. Megan (the
     * facilitator) answers OE-01 Yes, OE-02 Yes and OE-03 Partially; nothing else is answered.
     */
    private AssessmentId answeredByThree(String workload, String channel, String co02) {
        bot.post(elsewhere(Fixtures.channelMessage("start " + workload), channel));
        bot.post(elsewhere(Fixtures.channelMessage("role Cost reviewers @ @ @", ADELE, ALEX, DIEGO), channel));
        bot.post(elsewhere(Fixtures.channelMessage("assign CO Cost reviewers"), channel));
        AssessmentId id = channel == null ? current(workload) : currentIn(channel, workload);
        answerAs(id, ADELE, channel, choices("yes", co02, "yes", "yes", "yes", "yes", "yes"));
        answerAs(id, ALEX, channel, choices("yes", "yes", "partial", "yes", "yes", "yes", "unknown"));
        answerAs(id, DIEGO, channel, choices("yes", "partial", "yes", "na", "yes", "yes", "yes"));
        Map<String, String> oe = Map.of("OE-01", "yes", "OE-02", "yes", "OE-03", "partial");
        answerAs(id, MEGAN, channel, oe);
        return id;
    }

    private static Map<String, String> choices(String... co) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < co.length; i++) {
            choices.put("CO-0" + (i + 1), co[i]);
        }
        return choices;
    }

    private void answerAs(AssessmentId id, TestMember member, String channel, Map<String, String> choices) {
        for (Category category : categories()) {
            Map<String, String> mine = new LinkedHashMap<>();
            category.items().stream()
                    .map(Item::id)
                    .filter(i -> choices.containsKey(i.value()))
                    .forEach(i -> mine.put(i.value(), choices.get(i.value())));
            if (!mine.isEmpty()) {
                Map<String, String> texts = new LinkedHashMap<>();
                if ("no".equals(mine.get("CO-02")) && member == ADELE) {
                    texts.put("note-CO-02", "no budget alerts");
                }
                if ("na".equals(mine.get("CO-04"))) {
                    texts.put("reason-CO-04", "no GPUs");
                }
                BotClient.Reply reply =
                        bot.post(elsewhere(Fixtures.from(answer(id, category, mine, texts), member), channel));
                assertThat(reply.json().path("value").toString()).doesNotContain("Sorry");
            }
        }
    }

    private JsonNode awaitScoreCard(AssessmentId id) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !scoreCards(id).isEmpty());
        return scoreCards(id).get(0);
    }

    private void assertOneScoreCard(AssessmentId id) {
        Awaitility.await()
                .during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> scoreCards(id).size() == 1);
    }

    private List<JsonNode> scoreCards(AssessmentId id) {
        return connector.sentActivities().stream()
                .map(a -> a.path("attachments").path(0).path("content"))
                .filter(c -> c.toString().contains("\"score-chart\"")
                        && c.toString().contains("\"assessmentId\":\"" + id + "\""))
                .toList();
    }

    static void assertValid(JsonNode card) {
        assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(28 * 1024);
        OfficialCards.assumeAvailable();
        OfficialCards.assertValidTeamsCard("card", withChartFallback(card.deepCopy()));
    }

    /** The card as clients without charts see it: the validator knows no Chart.VerticalBar and uses its fallback. */
    static JsonNode withChartFallback(JsonNode node) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().path("type").asText().startsWith("Chart.")) {
                    e.setValue(e.getValue().path("fallback"));
                }
            });
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).path("type").asText().startsWith("Chart.")) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) node)
                            .set(i, node.get(i).path("fallback"));
                }
            }
        }
        node.forEach(ResultsFlowTest::withChartFallback);
        return node;
    }

    static List<String> texts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        collect(card, "TextBlock", n -> texts.add(n.path("text").asText()));
        return texts;
    }

    static Map<String, String> facts(JsonNode card) {
        Map<String, String> facts = new LinkedHashMap<>();
        collect(
                card,
                "FactSet",
                n -> n.path("facts")
                        .forEach(f -> facts.put(
                                f.path("title").asText(), f.path("value").asText())));
        return facts;
    }

    static List<String> openUrls(JsonNode card) {
        List<String> urls = new ArrayList<>();
        collect(card, "Action.OpenUrl", n -> urls.add(n.path("url").asText()));
        return urls.stream().filter(u -> u.contains("/api/export/")).toList();
    }

    static Map<String, Integer> chart(JsonNode card) {
        Map<String, Integer> bars = new LinkedHashMap<>();
        collect(
                card,
                "Chart.VerticalBar",
                n -> n.path("data")
                        .forEach(d -> bars.put(d.path("x").asText(), d.path("y").asInt())));
        return bars;
    }

    private static void collect(JsonNode node, String type, java.util.function.Consumer<JsonNode> sink) {
        if (node.isObject() && type.equals(node.path("type").asText())) {
            sink.accept(node);
        }
        node.forEach(child -> collect(child, type, sink));
    }

    private AssessmentId current(String workload) {
        return currentIn(Fixtures.channelId(), workload);
    }

    private AssessmentId currentIn(String channel, String workload) {
        return service.current(new ConversationKey(TENANT, channel), Optional.of(workload))
                .orElseThrow()
                .id();
    }

    private List<Category> categories() {
        return checklist.pillars().stream()
                .flatMap(p -> p.categories().stream())
                .toList();
    }

    static ObjectNode data(AssessmentId id) {
        ObjectNode data = Fixtures.JSON.createObjectNode();
        data.put("assessmentId", id.toString());
        return data;
    }

    /** The activity in another team's channel (its own conversation and team), or unchanged when channel is null. */
    static ObjectNode elsewhere(ObjectNode activity, String channel) {
        if (channel == null) {
            return activity;
        }
        ((ObjectNode) activity.path("conversation")).put("id", channel);
        ObjectNode channelData = (ObjectNode) activity.path("channelData");
        channelData.put("teamsChannelId", channel);
        channelData.put("teamsTeamId", channel);
        ((ObjectNode) channelData.path("channel")).put("id", channel);
        ((ObjectNode) channelData.path("team")).put("id", channel);
        return activity;
    }

    static ObjectNode answer(
            AssessmentId id, Category category, Map<String, String> choices, Map<String, String> texts) {
        ObjectNode data = data(id);
        data.put("verb", "answer");
        data.put("categoryId", category.id());
        data.put("page", 1);
        choices.forEach((item, choice) -> data.put("choice-" + item, choice));
        texts.forEach(data::put);
        return Fixtures.cardAction("answer", data);
    }
}
