package io.wafml.assessment.jdbc;

import static io.wafml.assessment.Fixtures.ALICE;
import static io.wafml.assessment.Fixtures.BOB;
import static io.wafml.assessment.Fixtures.CAROL;
import static io.wafml.assessment.Fixtures.DAVE;
import static io.wafml.assessment.Fixtures.NOW;
import static io.wafml.assessment.jdbc.RepositoryContract.runConcurrently;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.wafml.assessment.Answer;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.Choice;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.DomainException;
import io.wafml.assessment.DomainException.Reason;
import io.wafml.assessment.Fixtures;
import io.wafml.assessment.Progress;
import io.wafml.assessment.RoleScope;
import io.wafml.assessment.Status;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Language;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The application service's use cases on a real database; subclasses supply the database. */
abstract class ServiceContract {

    private final ConversationKey channel = new ConversationKey("tenant-1", "19:" + UUID.randomUUID());
    private final RoleScope team = RoleScope.of(channel, Optional.of("team-" + UUID.randomUUID()));
    private final MutableClock clock = new MutableClock(NOW);
    private AssessmentService service;

    abstract TestDatabase database();

    @BeforeEach
    void createService() {
        JdbcClient jdbc = JdbcClient.create(database().dataSource());
        TransactionTemplate transactions = new TransactionTemplate(
                new DataSourceTransactionManager(database().dataSource()));
        service = new AssessmentService(
                new JdbcAssessments(jdbc, transactions),
                new JdbcAnswers(jdbc),
                new JdbcRoles(jdbc, transactions),
                Fixtures.checklist(),
                clock);
    }

    @Test
    void findsTheCurrentAssessmentByWorkloadIgnoringCaseOrTheNewest() {
        Assessment fraud = start("Fraud model");
        clock.advance(Duration.ofMinutes(1));
        Assessment churn = start("Churn");

        assertThat(service.current(channel, Optional.empty())).contains(churn);
        assertThat(service.current(channel, Optional.of(" FRAUD MODEL "))).contains(fraud);
        assertThat(service.current(channel, Optional.of("Other"))).isEmpty();
        assertThat(service.current(new ConversationKey("tenant-1", "19:elsewhere"), Optional.empty()))
                .isEmpty();
    }

    @Test
    void refusesASecondOpenAssessmentOfTheSameWorkloadInAConversation() {
        start("Fraud model");

        assertReason(() -> start("fraud MODEL"), Reason.DUPLICATE_WORKLOAD);
    }

    @Test
    void assignsAPillarByNameToDefinedRolesInTheirDefinedSpelling() {
        Assessment a = start("Fraud model");
        service.defineRole(team, "Security engineer", Set.of(CAROL));

        Assessment assigned = service.assign(a.id(), ALICE, "se pillar", Set.of("security ENGINEER"), Set.of(BOB));

        assertThat(assigned.assignments().get("SE").roles()).containsExactly("Security engineer");
        assertThat(assigned.assignees("SE", service.roles(team))).containsExactlyInAnyOrder(BOB, CAROL);
        assertThat(service.get(a.id())).isEqualTo(assigned);
        assertReason(() -> service.assign(a.id(), ALICE, "XX", Set.of(), Set.of(BOB)), Reason.UNKNOWN_PILLAR);
        assertReason(() -> service.assign(a.id(), ALICE, "SE", Set.of("Nobody"), Set.of()), Reason.UNKNOWN_ROLE);
        assertReason(() -> service.assign(a.id(), BOB, "SE", Set.of(), Set.of(BOB)), Reason.NOT_FACILITATOR);
    }

    @Test
    void acceptsAnswersOnlyFromThoseWhoMayAnswerThePillar() {
        Assessment a = start("Fraud model");
        service.assign(a.id(), ALICE, "SE", Set.of(), Set.of(BOB));

        service.answer(a.id(), BOB, item("SE-01"), Choice.YES, "MFA everywhere", null);
        service.answer(a.id(), ALICE, item("SE-02"), Choice.NO, null, null);
        service.answer(a.id(), DAVE, item("OE-01"), Choice.PARTIAL, null, null);

        assertReason(() -> service.answer(a.id(), DAVE, item("SE-01"), Choice.YES, null, null), Reason.NOT_ASSIGNEE);
        assertReason(() -> service.answer(a.id(), BOB, item("ZZ-01"), Choice.YES, null, null), Reason.UNKNOWN_ITEM);
        assertReason(
                () -> service.answer(a.id(), BOB, item("SE-01"), Choice.NOT_APPLICABLE, null, null),
                Reason.NA_NEEDS_REASON);
        assertThat(service.answers(a.id())).hasSize(3);
    }

    @Test
    void aMemberMayChangeTheirAnswerUntilTheAssessmentIsFinished() {
        Assessment a = start("Fraud model");
        service.answer(a.id(), BOB, item("OE-01"), Choice.NO, null, null);
        clock.advance(Duration.ofMinutes(1));
        service.answer(a.id(), BOB, item("OE-01"), Choice.YES, "Fixed", null);

        assertThat(service.answers(a.id()))
                .extracting(Answer::choice, Answer::note, Answer::answeredAt)
                .containsExactly(tuple(Choice.YES, "Fixed", clock.instant()));

        assertThat(service.finish(a.id(), ALICE)).isTrue();
        assertReason(() -> service.answer(a.id(), BOB, item("OE-01"), Choice.NO, null, null), Reason.ASSESSMENT_CLOSED);
    }

    @Test
    void finishesExactlyOnceWhenTwoCallsRace() throws Exception {
        for (int round = 0; round < 10; round++) {
            Assessment a = start("Race " + round);
            List<Callable<Boolean>> calls =
                    List.of(() -> service.finish(a.id(), ALICE), () -> service.finishBySystem(a.id()));

            assertThat(runConcurrently(calls)).containsOnlyOnce(true);
            assertThat(service.get(a.id()).status()).isEqualTo(Status.FINISHED);
        }
    }

    @Test
    void onlyAFacilitatorFinishesOrCancelsAndClosedStaysClosed() {
        Assessment a = start("Fraud model");

        assertReason(() -> service.finish(a.id(), BOB), Reason.NOT_FACILITATOR);
        assertThat(service.cancel(a.id(), ALICE)).isTrue();
        assertThat(service.cancel(a.id(), ALICE)).isFalse();
        assertThat(service.finish(a.id(), ALICE)).isFalse();
        assertThat(service.get(a.id()).status()).isEqualTo(Status.CANCELLED);
    }

    @Test
    void concurrentChangesByFacilitatorsAreAllKept() throws Exception {
        Assessment a = start("Fraud model");
        service.addCoFacilitator(a.id(), ALICE, BOB);
        List<Callable<Assessment>> calls = List.of(
                () -> service.assign(a.id(), ALICE, "OE", Set.of(), Set.of(CAROL)),
                () -> service.assign(a.id(), BOB, "SE", Set.of(), Set.of(DAVE)),
                () -> service.markSent(a.id(), ALICE));

        runConcurrently(calls);

        Assessment stored = service.get(a.id());
        assertThat(stored.assignments()).containsOnlyKeys("OE", "SE");
        assertThat(stored.sentAt()).isPresent();
        assertThat(stored.version()).isEqualTo(4);
    }

    @Test
    void reportsProgressWithWhoStillOwesAnswers() {
        Assessment a = start("Fraud model");
        service.defineRole(team, "FinOps", Set.of(CAROL, DAVE));
        service.assign(a.id(), ALICE, "CO", Set.of("FinOps"), Set.of());
        service.answer(a.id(), CAROL, item("CO-01"), Choice.YES, null, null);

        Progress progress = service.progress(a.id());

        assertThat(progress.outstanding())
                .extracting(o -> o.member(), o -> o.items().size())
                .containsExactly(tuple(CAROL, 1), tuple(DAVE, 2));
        assertThat(progress.isComplete()).isFalse();
    }

    @Test
    void comparesAResultWithThePreviousFinishedRunOfTheSameWorkloadInTheTeam() {
        Assessment first = start("Fraud model");
        service.answer(first.id(), BOB, item("OE-01"), Choice.NO, null, null);
        service.finish(first.id(), ALICE);
        clock.advance(Duration.ofDays(1));
        Assessment other = start("Churn");
        service.answer(other.id(), BOB, item("OE-01"), Choice.YES, null, null);
        service.finish(other.id(), ALICE);
        clock.advance(Duration.ofDays(1));
        Assessment second = start("FRAUD model");
        service.answer(second.id(), BOB, item("OE-01"), Choice.YES, null, null);

        AssessmentResult interim = service.result(second.id());
        service.finish(second.id(), ALICE);
        AssessmentResult result = service.result(second.id());

        assertThat(interim.finishedAt()).isNull();
        assertThat(result.finishedAt()).isEqualTo(clock.instant());
        assertThat(result.comparison().previousId()).isEqualTo(first.id());
        assertThat(result.comparison().previousOverall()).isEqualTo(0.0);
        assertThat(result.comparison().overallChange()).isEqualTo(100.0);
        assertThat(service.result(first.id()).comparison()).isNull();
        assertThat(service.history(team))
                .extracting(Assessment::id)
                .containsExactly(second.id(), other.id(), first.id());
    }

    private Assessment start(String workload) {
        return service.start(channel, team, ALICE, workload, Language.EN, Optional.empty());
    }

    private static ItemId item(String id) {
        return new ItemId(id);
    }

    private static void assertReason(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).reason())
                .isEqualTo(reason);
    }
}
