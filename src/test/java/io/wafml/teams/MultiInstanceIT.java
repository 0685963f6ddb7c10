package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.ChecklistLoader;
import io.wafml.checklist.Item;
import io.wafml.checklist.Pillar;
import io.wafml.teams.Fixtures.TestMember;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two instances of the packaged bot, real processes sharing one PostgreSQL schema, answering a team of 20 through a
 * fake Bot Connector: no acknowledged answer is lost, a delivery is applied once, shared cards converge, a close
 * happens once, and a killed instance loses nothing. Needs {@code TEST_POSTGRES_URL} and the packaged jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    /**
     * Commands that close an assessment, each sent to both instances at once: exactly one may succeed. A new
     * closing command is covered by adding its command word, the status it leaves and a text only its success shows.
     */
    static final List<ClosingCommand> CLOSING_COMMANDS = List.of(
            new ClosingCommand("cancel", "CANCELLED", "was cancelled by"),
            new ClosingCommand("finish", "FINISHED", "the score card follows"));

    /** A command that closes an assessment, the status it leaves and a text found only in its success reply. */
    record ClosingCommand(String word, String status, String successText) {}

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final int MEMBERS = 20;
    private static final Checklist CHECKLIST = ChecklistLoader.shipped();
    private static final Pillar PILLAR = CHECKLIST.findPillar("RE").orElseThrow();
    private static final Pattern PROGRESS = Pattern.compile("Answered by (\\d+) of " + MEMBERS + " assignees");
    private static final String[] CHOICES = {"yes", "partial", "no"};

    private final FakeConnector connector = new FakeConnector();
    private final List<TestMember> team = IntStream.rangeClosed(1, MEMBERS)
            .mapToObj(i -> new TestMember(
                    "Member " + i, "29:it-member-" + i, "00000000-0000-0000-0001-" + String.format("%012d", i)))
            .toList();
    private String schema;
    private Map<String, String> environment;
    private SingleConnectionDataSource database;
    private JdbcClient sql;
    private AppProcess a;
    private AppProcess b;

    @BeforeAll
    void startTwoInstances() {
        String url = TestDatabase.postgresUrl();
        if (url == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("TEST_POSTGRES_URL must be set when CI=true");
            }
            assumeTrue(false, "TEST_POSTGRES_URL is not set");
        }
        schema = TestDatabase.newSchema();
        TestDatabase.execute("CREATE SCHEMA " + schema);
        environment = Map.of(
                "SPRING_PROFILES_ACTIVE",
                "postgres",
                "SPRING_DATASOURCE_URL",
                TestDatabase.withSchema(url, schema),
                "SPRING_DATASOURCE_USERNAME",
                TestDatabase.postgresUser(),
                "SPRING_DATASOURCE_PASSWORD",
                "");
        a = AppProcess.start("instance-a", environment);
        b = AppProcess.start("instance-b", environment);
        for (AppProcess instance : List.of(a, b)) {
            JsonNode db =
                    readJson(instance.awaitHealthy(STARTUP)).path("components").path("db");
            assertThat(db.path("status").asText()).isEqualTo("UP");
        }
        database = new SingleConnectionDataSource(
                TestDatabase.withSchema(url, schema), TestDatabase.postgresUser(), "", true);
        sql = JdbcClient.create(database);
    }

    @AfterAll
    void stopInstances() throws InterruptedException {
        for (AppProcess instance : new AppProcess[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (database != null) {
            database.destroy();
        }
        connector.close();
        if (schema != null) {
            TestDatabase.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    @Order(1)
    void answersSpreadOverBothInstancesAreAllStoredCountedAndShownOnTheSharedCards() throws Exception {
        Channel channel = Channel.fresh();
        String assessment = startAndSend(channel, "Spread");
        List<Submission> submissions = submissions(channel, assessment, 0);
        connector.jitterUpdates(Duration.ofMillis(40));

        long started = System.nanoTime();
        List<Outcome> outcomes;
        try {
            outcomes = sendConcurrently(submissions, 16, s -> s.index() % 2 == 0 ? a : b, null);
        } finally {
            connector.jitterUpdates(Duration.ZERO);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(outcomes).allMatch(Outcome::acknowledged);
        Map<String, String> stored = storedAnswers(assessment);
        assertThat(stored).hasSize(MEMBERS * PILLAR.items().size()).isEqualTo(expected(submissions));
        String total = "\"" + stored.size() + "/" + stored.size() + "\"";
        assertThat(status(a, channel, "Spread")).contains(total);
        assertThat(status(b, channel, "Spread")).contains(total);
        assertSharedCardsShowEveryone(assessment);
        System.out.printf(
                "spread: %d answers in %d submissions over 2 instances, %d acknowledged, %d stored, %d ms%n",
                expected(submissions).size(),
                submissions.size(),
                outcomes.stream().filter(Outcome::acknowledged).count(),
                stored.size(),
                millis);
    }

    @Test
    @Order(2)
    void theSameActivityDeliveredToBothInstancesAtOnceIsAppliedOnce() throws Exception {
        Channel channel = Channel.fresh();
        String assessment = startAndSend(channel, "Duplicates");
        for (int round = 0; round < 10; round++) {
            ObjectNode status = channel.message("status Duplicates");
            bothAtOnce(status, status);
            String id = status.path("id").asText();
            assertThat(repliesTo(id)).as("replies to status %s", id).hasSize(1);
        }
        Category category = PILLAR.categories().get(0);
        for (int round = 0; round < 5; round++) {
            TestMember member = team.get(round);
            ObjectNode answer = channel.answer(assessment, category, member, "yes");
            long updatesBefore = cardUpdates();
            List<BotClient.Reply> replies = bothAtOnce(answer, answer);
            assertThat(replies).allMatch(r -> r.status() == 200);
            assertThat(replies)
                    .as("both copies answered with the member's saved card")
                    .allMatch(r -> r.body().contains("\"value\":\"yes\""));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> cardUpdates() - updatesBefore >= 1);
            Thread.sleep(1_000);
            assertThat(cardUpdates() - updatesBefore).as("shared card updates").isEqualTo(1);
        }
        assertThat(storedAnswers(assessment)).hasSize(5 * category.items().size());
    }

    @Test
    @Order(3)
    void closingOnBothInstancesAtOnceHappensOnceWithOneNotice() throws Exception {
        Channel channel = Channel.fresh();
        for (ClosingCommand closing : CLOSING_COMMANDS) {
            for (int round = 0; round < 5; round++) {
                String workload = "Close " + closing.word() + " " + round;
                String assessment = start(channel, workload);
                ObjectNode first = channel.message(closing.word() + " " + workload);
                ObjectNode second = channel.message(closing.word() + " " + workload);

                bothAtOnce(first, second);

                List<String> replies =
                        new ArrayList<>(repliesTo(first.path("id").asText()));
                replies.addAll(repliesTo(second.path("id").asText()));
                assertThat(replies).hasSize(2);
                assertThat(replies.stream().filter(r -> r.contains(closing.successText())))
                        .as("%s replies", closing.word())
                        .hasSize(1);
                assertThat(sql.sql("SELECT status FROM assessment WHERE id = CAST(:id AS uuid)")
                                .param("id", assessment)
                                .query(String.class)
                                .single())
                        .isEqualTo(closing.status());
                if ("FINISHED".equals(closing.status())) {
                    awaitScoreCards(workload, 1);
                }
            }
        }
    }

    /** Waits until the score cards posted for a workload number {@code expected}, then checks no more follow. */
    private void awaitScoreCards(String workload, int expected) throws InterruptedException {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> scoreCards(workload) >= expected);
        Thread.sleep(2_000);
        assertThat(scoreCards(workload)).as("score cards of %s", workload).isEqualTo(expected);
    }

    private long scoreCards(String workload) {
        return connector.sentActivities().stream()
                .map(JsonNode::toString)
                .filter(a -> a.contains("Well-Architected score") && a.contains(workload))
                .count();
    }

    @Test
    @Order(4)
    void anInstanceKilledInABurstLosesNoAcknowledgedAnswerAndRetriesAreStored() throws Exception {
        Channel channel = Channel.fresh();
        String assessment = startAndSend(channel, "Crash");
        List<Submission> submissions = submissions(channel, assessment, 1);
        CountDownLatch someAcknowledged = new CountDownLatch(submissions.size() / 4);
        ExecutorService killer = Executors.newSingleThreadExecutor();
        Future<?> kill = killer.submit(() -> {
            someAcknowledged.await();
            b.kill();
            return null;
        });

        List<Outcome> outcomes = sendConcurrently(submissions, 16, s -> s.index() % 2 == 0 ? a : b, someAcknowledged);
        kill.get(1, TimeUnit.MINUTES);
        killer.shutdown();

        List<Submission> acknowledged = outcomes.stream()
                .filter(Outcome::acknowledged)
                .map(Outcome::submission)
                .toList();
        assertThat(missingOrDifferent(assessment, acknowledged))
                .as("acknowledged answers lost")
                .isEmpty();
        List<Submission> unacknowledged = outcomes.stream()
                .filter(o -> !o.acknowledged())
                .map(Outcome::submission)
                .toList();
        assertThat(unacknowledged).as("requests cut off by the kill").isNotEmpty();

        List<Outcome> retried = retryUntilAnswered(unacknowledged);
        assertThat(retried).allMatch(o -> o.status() == 200);
        assertThat(missingOrDifferent(assessment, submissions))
                .as("answers lost")
                .isEmpty();

        b = AppProcess.start("instance-b-restarted", environment);
        b.awaitHealthy(STARTUP);
        String total = "\"" + expected(submissions).size() + "/"
                + expected(submissions).size() + "\"";
        assertThat(status(b, channel, "Crash")).contains(total);
        System.out.printf(
                "crash: %d submissions, %d acknowledged during the burst, %d cut off by the kill and retried (%d of them"
                        + " already applied), %d answers stored of %d sent%n",
                submissions.size(),
                acknowledged.size(),
                unacknowledged.size(),
                retried.stream()
                        .filter(o -> o.body().contains("I already received this"))
                        .count(),
                storedAnswers(assessment).size(),
                expected(submissions).size());
    }

    /** Starts an assessment of RE assigned to a role of all 20 members and waits until its cards are posted. */
    private String startAndSend(Channel channel, String workload) {
        String id = start(channel, workload);
        BotClient client = new BotClient(a.port(), connector);
        assertThat(client.post(channel.message("send " + workload)).status()).isEqualTo(200);
        int categories = CHECKLIST.pillars().stream()
                .mapToInt(p -> p.categories().size())
                .sum();
        Awaitility.await("cards posted")
                .atMost(Duration.ofMinutes(1))
                .until(() -> sql.sql("SELECT COUNT(*) FROM posted_card WHERE assessment_id = CAST(:id AS uuid)")
                                .param("id", id)
                                .query(Integer.class)
                                .single()
                        == categories);
        return id;
    }

    /** Starts an assessment of RE assigned to a role of all 20 members; returns its id. */
    private String start(Channel channel, String workload) {
        BotClient client = new BotClient(a.port(), connector);
        String role = "Reviewers";
        assertThat(client.post(channel.message("start " + workload)).status()).isEqualTo(200);
        assertThat(client.post(channel.message("role " + role + " @".repeat(MEMBERS), team.toArray(TestMember[]::new)))
                        .status())
                .isEqualTo(200);
        assertThat(client.post(channel.message("assign Reliability " + role)).status())
                .isEqualTo(200);
        String id = sql.sql("SELECT CAST(id AS varchar) FROM assessment WHERE conversation_id = :c AND workload = :w")
                .param("c", channel.id())
                .param("w", workload)
                .query(String.class)
                .single();
        return id;
    }

    /**
     * One submission per member and category of the pillar, choices varying by member; category by category, so that
     * concurrent submissions mostly update the same shared card.
     */
    private List<Submission> submissions(Channel channel, String assessment, int shift) {
        List<Submission> list = new ArrayList<>();
        for (Category category : PILLAR.categories()) {
            for (TestMember member : team) {
                String choice = CHOICES[(team.indexOf(member) + shift) % CHOICES.length];
                list.add(new Submission(
                        list.size(), member, category, choice, channel.answer(assessment, category, member, choice)));
            }
        }
        return list;
    }

    private List<Outcome> sendConcurrently(
            List<Submission> submissions,
            int threads,
            java.util.function.Function<Submission, AppProcess> route,
            CountDownLatch acknowledgements)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Submission s : submissions) {
                futures.add(pool.submit((Callable<Outcome>) () -> {
                    Outcome outcome = Outcome.of(s, route.apply(s), connector);
                    if (outcome.acknowledged() && acknowledgements != null) {
                        acknowledgements.countDown();
                    }
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(5, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    /** Redelivers each submission to instance A, as Teams retries a failed delivery, until it is answered 200. */
    private List<Outcome> retryUntilAnswered(List<Submission> submissions) throws Exception {
        List<Outcome> outcomes = sendConcurrently(submissions, 8, s -> a, null);
        for (int attempt = 2; attempt <= 3; attempt++) {
            List<Submission> failed = outcomes.stream()
                    .filter(o -> o.status() != 200)
                    .map(Outcome::submission)
                    .toList();
            if (failed.isEmpty()) {
                break;
            }
            List<Outcome> next = new ArrayList<>(
                    outcomes.stream().filter(o -> o.status() == 200).toList());
            next.addAll(sendConcurrently(failed, 8, s -> a, null));
            outcomes = next;
        }
        return outcomes;
    }

    /** Posts the two activities at the same moment, the first to instance A and the second to instance B. */
    private List<BotClient.Reply> bothAtOnce(ObjectNode first, ObjectNode second) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BotClient.Reply> one = pool.submit(() -> {
                go.await();
                return new BotClient(a.port(), connector).post(first.deepCopy());
            });
            Future<BotClient.Reply> two = pool.submit(() -> {
                go.await();
                return new BotClient(b.port(), connector).post(second.deepCopy());
            });
            go.countDown();
            return List.of(one.get(1, TimeUnit.MINUTES), two.get(1, TimeUnit.MINUTES));
        } finally {
            pool.shutdown();
        }
    }

    /** The status card an instance posts for the workload. */
    private String status(AppProcess instance, Channel channel, String workload) {
        ObjectNode status = channel.message("status " + workload);
        assertThat(new BotClient(instance.port(), connector).post(status).status())
                .isEqualTo(200);
        List<String> replies = repliesTo(status.path("id").asText());
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private List<String> repliesTo(String activityId) {
        return connector.calls().stream()
                .filter(c -> "POST".equals(c.method()) && c.body() != null)
                .filter(c -> activityId.equals(c.body().path("replyToId").asText()))
                .map(c -> c.body().toString())
                .toList();
    }

    private long cardUpdates() {
        return connector.calls().stream().filter(c -> "PUT".equals(c.method())).count();
    }

    /** The last update of each category card of the pillar comes to show every member's answer to every item. */
    private void assertSharedCardsShowEveryone(String assessment) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> lastUpdatesShowEveryone(assessment));
    }

    private void lastUpdatesShowEveryone(String assessment) {
        for (Category category : PILLAR.categories()) {
            String message = sql.sql("SELECT activity_id FROM posted_card WHERE assessment_id = CAST(:a AS uuid)"
                            + " AND category_id = :c")
                    .param("a", assessment)
                    .param("c", category.id())
                    .query(String.class)
                    .single();
            List<FakeConnector.Call> updates = connector.calls().stream()
                    .filter(c -> "PUT".equals(c.method()) && c.path().endsWith("/activities/" + message))
                    .toList();
            assertThat(updates).as("updates of %s", category.id()).isNotEmpty();
            String last = updates.get(updates.size() - 1).body().toString();
            List<String> counts =
                    PROGRESS.matcher(last).results().map(m -> m.group(1)).toList();
            assertThat(counts)
                    .as("answer counts on the last update of %s", category.id())
                    .isNotEmpty()
                    .containsOnly(String.valueOf(MEMBERS));
        }
    }

    /** Respondent and item to choice, as stored. */
    private Map<String, String> storedAnswers(String assessment) {
        Map<String, String> stored = new HashMap<>();
        sql.sql("SELECT respondent_id, item_id, choice FROM answer WHERE assessment_id = CAST(:a AS uuid)")
                .param("a", assessment)
                .query(rs -> {
                    stored.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
                });
        return stored;
    }

    /** The expected answers of the submissions that are not stored as sent, sorted. */
    private List<String> missingOrDifferent(String assessment, List<Submission> submissions) {
        Map<String, String> stored = storedAnswers(assessment);
        return expected(submissions).entrySet().stream()
                .filter(e -> !e.getValue().equals(stored.get(e.getKey())))
                .map(e -> e.getKey() + "=" + e.getValue())
                .sorted()
                .toList();
    }

    private static Map<String, String> expected(List<Submission> submissions) {
        Map<String, String> expected = new HashMap<>();
        for (Submission s : submissions) {
            for (Item item : s.category().items()) {
                expected.put(s.member().teamsId() + "|" + item.id().value(), s.choice());
            }
        }
        return expected;
    }

    private static JsonNode readJson(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(json, e);
        }
    }

    /** One member's answers to one category card, as the invoke Teams sends. */
    record Submission(int index, TestMember member, Category category, String choice, ObjectNode activity) {}

    /** What became of a submission: the HTTP status (0 when the request failed) and body. */
    record Outcome(Submission submission, int status, String body) {

        static Outcome of(Submission s, AppProcess instance, FakeConnector connector) {
            try {
                BotClient.Reply reply = new BotClient(instance.port(), connector)
                        .post(s.activity().deepCopy());
                return new Outcome(s, reply.status(), reply.body());
            } catch (IllegalStateException connectionLost) {
                return new Outcome(s, 0, String.valueOf(connectionLost.getCause()));
            }
        }

        /** Answered 200 with the member's own card, not a refusal, error or replay notice. */
        boolean acknowledged() {
            String firstItem = submission.category().items().get(0).id().value();
            return status == 200 && body.contains("choice-" + firstItem) && !body.contains("I already received");
        }
    }

    /** A team channel of its own, so each test has its conversation and roles. */
    record Channel(String id, String team) {

        static Channel fresh() {
            String key = UUID.randomUUID().toString().substring(0, 8);
            return new Channel("19:it-" + key + "@thread.tacv2", "19:it-team-" + key + "@thread.tacv2");
        }

        ObjectNode message(String command, TestMember... mentioned) {
            return in(Fixtures.channelMessage(command, mentioned));
        }

        ObjectNode answer(String assessment, Category category, TestMember member, String choice) {
            ObjectNode data = Fixtures.JSON.createObjectNode();
            data.put("verb", "answer");
            data.put("assessmentId", assessment);
            data.put("categoryId", category.id());
            data.put("page", 1);
            category.items().forEach(item -> data.put("choice-" + item.id(), choice));
            ObjectNode activity = Fixtures.from(Fixtures.cardAction("answer", data), member);
            activity.put("id", "f:" + UUID.randomUUID());
            return in(activity);
        }

        private ObjectNode in(ObjectNode activity) {
            ((ObjectNode) activity.path("conversation"))
                    .put("id", id + ";messageid=" + activity.path("id").asText());
            ObjectNode data = (ObjectNode) activity.path("channelData");
            data.put("teamsChannelId", id);
            data.put("teamsTeamId", team);
            ((ObjectNode) data.path("channel")).put("id", id);
            ((ObjectNode) data.path("team")).put("id", team);
            return activity;
        }
    }
}
