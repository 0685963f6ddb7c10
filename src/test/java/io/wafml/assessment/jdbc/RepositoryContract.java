package io.wafml.assessment.jdbc;

import static io.wafml.assessment.Fixtures.ALICE;
import static io.wafml.assessment.Fixtures.BOB;
import static io.wafml.assessment.Fixtures.CAROL;
import static io.wafml.assessment.Fixtures.NOW;
import static io.wafml.assessment.Fixtures.pillar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wafml.assessment.Answer;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.Choice;
import io.wafml.assessment.ConcurrentUpdateException;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.Fixtures;
import io.wafml.assessment.Member;
import io.wafml.assessment.ProcessedActivities;
import io.wafml.assessment.Role;
import io.wafml.assessment.RoleScope;
import io.wafml.assessment.Status;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The behaviour every database must give the JDBC repositories; subclasses supply the database. */
abstract class RepositoryContract {

    private final ConversationKey conversation = new ConversationKey("tenant-1", "19:" + UUID.randomUUID());
    private final RoleScope scope = RoleScope.of(conversation, Optional.of("team-" + UUID.randomUUID()));

    private JdbcAssessments assessments;
    private JdbcAnswers answers;
    private JdbcRoles roles;
    private JdbcProcessedActivities activities;
    private JdbcConversationReferences references;

    abstract TestDatabase database();

    @BeforeEach
    void createRepositories() {
        JdbcClient jdbc = JdbcClient.create(database().dataSource());
        TransactionTemplate transactions = new TransactionTemplate(
                new DataSourceTransactionManager(database().dataSource()));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assessments = new JdbcAssessments(jdbc, transactions);
        answers = new JdbcAnswers(jdbc);
        roles = new JdbcRoles(jdbc, transactions);
        activities = new JdbcProcessedActivities(jdbc, database().dataSource(), null, clock);
        references = new JdbcConversationReferences(jdbc, clock);
    }

    @Test
    void savesAndLoadsAnAssessmentWithAllItsState() {
        Assessment assessment = Assessment.start(
                        AssessmentId.random(),
                        conversation,
                        scope,
                        ALICE,
                        "Fraud model",
                        Fixtures.checklist("v7"),
                        Language.JA,
                        Optional.of(LocalDate.of(2026, 3, 20)),
                        ZoneId.of("Asia/Tokyo"),
                        NOW)
                .addCoFacilitator(ALICE, BOB)
                .assign(ALICE, pillar("SE"), Set.of("Security engineer", "MLOps"), Set.of(CAROL))
                .assign(ALICE, pillar("OE"), Set.of(), Set.of(BOB))
                .markSent(ALICE, NOW.plusSeconds(60));

        assessments.add(assessment);

        assertThat(assessments.find(assessment.id())).contains(assessment);
        assertThat(assessments.find(AssessmentId.random())).isEmpty();
    }

    @Test
    void updateStoresChangesAndBumpsTheVersion() {
        Assessment assessment = started("Churn");
        assessments.add(assessment);

        Assessment updated = assessments.update(
                assessment.assign(ALICE, pillar("CO"), Set.of(), Set.of(BOB)).addCoFacilitator(ALICE, CAROL));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(assessments.find(assessment.id())).contains(updated);
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        Assessment assessment = started("Churn");
        assessments.add(assessment);
        assessments.update(assessment.markSent(ALICE, NOW));

        assertThatThrownBy(() -> assessments.update(assessment.addCoFacilitator(ALICE, BOB)))
                .isInstanceOf(ConcurrentUpdateException.class);
        Assessment stored = assessments.find(assessment.id()).orElseThrow();
        assertThat(stored.sentAt()).contains(NOW);
        assertThat(stored.coFacilitators()).isEmpty();
    }

    @Test
    void closesAnOpenAssessmentOnlyOnce() {
        Assessment assessment = started("Churn");
        assessments.add(assessment);

        assertThat(assessments.closeIfOpen(assessment.id(), Status.FINISHED, NOW))
                .isTrue();
        assertThat(assessments.closeIfOpen(assessment.id(), Status.CANCELLED, NOW))
                .isFalse();
        Assessment stored = assessments.find(assessment.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(Status.FINISHED);
        assertThat(stored.closedAt()).contains(NOW);
        assertThatThrownBy(() -> assessments.update(assessment.markSent(ALICE, NOW)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void findsOpenAssessmentsNewestFirstAndFinishedOnesByScope() {
        Assessment older = started("A", NOW);
        Assessment newer = started("B", NOW.plusSeconds(10));
        Assessment done = started("C", NOW.plusSeconds(20));
        List.of(older, newer, done).forEach(assessments::add);
        assessments.closeIfOpen(done.id(), Status.FINISHED, NOW.plusSeconds(30));

        assertThat(assessments.openIn(conversation)).extracting(Assessment::id).containsExactly(newer.id(), older.id());
        assertThat(assessments.finishedIn(scope)).extracting(Assessment::id).containsExactly(done.id());
        assertThat(assessments.allOpen()).extracting(Assessment::id).contains(older.id(), newer.id());
        assertThat(assessments.allOpen()).extracting(Assessment::id).doesNotContain(done.id());
    }

    @Test
    void upsertReplacesOnlyTheRespondentsOwnAnswer() {
        Assessment assessment = stored("Churn");
        answers.save(Fixtures.answer(assessment, "OE-01", ALICE, Choice.YES));
        answers.save(Fixtures.answer(assessment, "OE-01", BOB, Choice.NO));

        answers.save(new Answer(
                assessment.id(),
                new ItemId("OE-01"),
                new Member(ALICE.id(), "Alice Smith"),
                Choice.NOT_APPLICABLE,
                "See wiki",
                "Batch only",
                NOW.plusSeconds(5)));

        assertThat(answers.of(assessment.id()))
                .containsExactlyInAnyOrder(
                        new Answer(
                                assessment.id(),
                                new ItemId("OE-01"),
                                ALICE,
                                Choice.NOT_APPLICABLE,
                                "See wiki",
                                "Batch only",
                                NOW.plusSeconds(5)),
                        Fixtures.answer(assessment, "OE-01", BOB, Choice.NO));
        assertThat(answers.of(assessment.id()).get(0).respondent().name()).isEqualTo("Alice Smith");
    }

    @Test
    void storesEveryConcurrentAnswerOfTwentyMembersOnTenItems() throws Exception {
        Assessment assessment = stored("Churn");
        List<Member> members = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> new Member("member-" + i, "Member " + i))
                .toList();
        List<ItemId> items = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new ItemId("IT-%02d".formatted(i)))
                .toList();

        for (Choice choice : List.of(Choice.PARTIAL, Choice.NO)) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (Member m : members) {
                for (ItemId item : items) {
                    tasks.add(() -> {
                        answers.save(new Answer(assessment.id(), item, m, choice, null, null, NOW));
                        return null;
                    });
                }
            }
            runConcurrently(tasks);
        }

        List<Answer> stored = answers.of(assessment.id());
        assertThat(stored).hasSize(200);
        assertThat(stored).extracting(Answer::choice).containsOnly(Choice.NO);
        assertThat(stored).extracting(a -> a.respondent().id() + "/" + a.item()).doesNotHaveDuplicates();
    }

    @Test
    void marksAnActivityProcessedOnlyOnceEvenConcurrently() throws Exception {
        String id = "f:" + UUID.randomUUID();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> activities.markProcessed(id));
        }

        List<Boolean> results = runConcurrently(tasks);

        assertThat(results).containsOnlyOnce(true).hasSize(8);
        assertThat(activities.markProcessed(id)).isFalse();
        assertThat(activities.markProcessed(id + "-other")).isTrue();
    }

    @Test
    void claimsAnActivityOnceAndRefusesItAfterCompletion() {
        String id = "c:" + UUID.randomUUID();

        activities.claim(id).orElseThrow().complete();

        assertThat(activities.claim(id)).isEmpty();
        assertThat(activities.markProcessed(id)).isFalse();
    }

    @Test
    void handsAReleasedClaimToTheNextDelivery() {
        String id = "r:" + UUID.randomUUID();
        activities.claim(id).orElseThrow().release();

        var retry = activities.claim(id);

        assertThat(retry).isPresent();
        retry.orElseThrow().complete();
        assertThat(activities.claim(id)).isEmpty();
    }

    @Test
    void forgetsTheClaimOfAHolderWhoseConnectionDied() throws Exception {
        String id = "k:" + UUID.randomUUID();
        try (var connection = database().dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(
                    "INSERT INTO processed_activity (activity_id, processed_at) VALUES (?, CURRENT_TIMESTAMP)")) {
                insert.setString(1, id);
                insert.executeUpdate();
            }
            connection.rollback();
        }

        assertThat(activities.claim(id)).isPresent().get().satisfies(ProcessedActivities.Claim::complete);
    }

    @Test
    void aConcurrentClaimWaitsForTheHolderAndIsRefusedOnceItCompletes() throws Exception {
        String id = "w:" + UUID.randomUUID();
        ProcessedActivities.Claim held = activities.claim(id).orElseThrow();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> second = pool.submit(() -> activities.claim(id).isPresent());
            TimeUnit.MILLISECONDS.sleep(300);
            assertThat(second).isNotDone();

            held.complete();

            assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConcurrentClaimWaitsForTheHolderAndGetsTheActivityWhenItIsReleased() throws Exception {
        String id = "x:" + UUID.randomUUID();
        ProcessedActivities.Claim held = activities.claim(id).orElseThrow();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<ProcessedActivities.Claim>> second = pool.submit(() -> activities.claim(id));
            TimeUnit.MILLISECONDS.sleep(300);

            held.release();

            Optional<ProcessedActivities.Claim> taken = second.get(10, TimeUnit.SECONDS);
            assertThat(taken).isPresent();
            taken.orElseThrow().complete();
            assertThat(activities.claim(id)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgetsProcessedActivitiesOlderThanACutOff() {
        String id = "old-" + UUID.randomUUID();
        activities.markProcessed(id);

        assertThat(activities.forgetBefore(NOW.plus(Duration.ofSeconds(1)))).isGreaterThanOrEqualTo(1);
        assertThat(activities.markProcessed(id)).isTrue();
    }

    @Test
    void definingARoleAgainReplacesItsMembersAndSpelling() {
        roles.define(new Role(scope, "Security engineer", Set.of(ALICE, BOB)));
        roles.define(new Role(scope, "FinOps", Set.of(ALICE)));

        roles.define(new Role(scope, " SECURITY Engineer ", Set.of(new Member(CAROL.id(), "Carol"))));

        assertThat(roles.list(scope))
                .containsExactly(
                        new Role(scope, "FinOps", Set.of(ALICE)), new Role(scope, "SECURITY Engineer", Set.of(CAROL)));
        assertThat(roles.find(scope, "security engineer").orElseThrow().members())
                .containsExactly(CAROL);
        assertThat(roles.list(RoleScope.of(conversation, Optional.empty()))).isEmpty();
    }

    @Test
    void storesAndReplacesConversationReferencesAsOpaqueText() {
        String json = "{\"serviceUrl\":\"https://smba.trafficmanager.net/jp/\",\"conversation\":{\"id\":\"19:x\"}}";
        references.store(conversation, json);
        references.store(conversation, json.replace("19:x", "19:y"));
        references.storeForMember(conversation.tenantId(), BOB, "{\"user\":\"bob\"}");

        assertThat(references.load(conversation)).contains(json.replace("19:x", "19:y"));
        assertThat(references.loadForMember(conversation.tenantId(), BOB)).contains("{\"user\":\"bob\"}");
        assertThat(references.loadForMember(conversation.tenantId(), CAROL)).isEmpty();
        assertThat(references.load(new ConversationKey("tenant-1", "19:unknown")))
                .isEmpty();
    }

    private Assessment started(String workload) {
        return started(workload, NOW);
    }

    private Assessment started(String workload, java.time.Instant at) {
        return Assessment.start(
                AssessmentId.random(),
                conversation,
                scope,
                ALICE,
                workload,
                Fixtures.checklist(),
                Language.EN,
                Optional.empty(),
                ZoneOffset.UTC,
                at);
    }

    private Assessment stored(String workload) {
        Assessment assessment = started(workload);
        assessments.add(assessment);
        return assessment;
    }

    /** Runs the tasks on 8 threads, all released at once, and returns their results in order. */
    static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
