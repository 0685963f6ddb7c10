package io.wafml.assessment;

import static io.wafml.assessment.Fixtures.ALICE;
import static io.wafml.assessment.Fixtures.BOB;
import static io.wafml.assessment.Fixtures.CAROL;
import static io.wafml.assessment.Fixtures.DAVE;
import static io.wafml.assessment.Fixtures.NOW;
import static io.wafml.assessment.Fixtures.TEAM;
import static io.wafml.assessment.Fixtures.assessment;
import static io.wafml.assessment.Fixtures.pillar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wafml.assessment.DomainException.Reason;
import io.wafml.checklist.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The assessment aggregate: assignments, who may answer, and refusals with their reasons. */
class AssessmentTest {

    private final List<Role> roles = List.of(new Role(TEAM, "Security engineer", Set.of(CAROL)));

    @Test
    void startsOpenWithTrimmedWorkloadCautiousPolicyAndNoAssignments() {
        Assessment a = Assessment.start(
                AssessmentId.random(),
                Fixtures.CHANNEL,
                TEAM,
                ALICE,
                "  Fraud model  ",
                Fixtures.checklist("7"),
                Language.JA,
                Optional.of(LocalDate.of(2026, 3, 9)),
                ZoneId.of("Asia/Tokyo"),
                NOW);

        assertThat(a.workload()).isEqualTo("Fraud model");
        assertThat(a.status()).isEqualTo(Status.OPEN);
        assertThat(a.policy()).isEqualTo(ConsolidationPolicy.CAUTIOUS);
        assertThat(a.checklistVersion()).isEqualTo("7");
        assertThat(a.assignments()).isEmpty();
        assertThat(a.deadline()).contains(java.time.Instant.parse("2026-03-09T15:00:00Z"));
    }

    @Test
    void rejectsBlankOrTooLongWorkloadNames() {
        assertThatThrownBy(() -> Assessment.validWorkload("   "))
                .extracting(e -> ((DomainException) e).reason())
                .isEqualTo(Reason.INVALID_WORKLOAD);
        assertThatThrownBy(() -> Assessment.validWorkload("x".repeat(101)))
                .extracting(e -> ((DomainException) e).reason())
                .isEqualTo(Reason.INVALID_WORKLOAD);
        assertThat(Assessment.validWorkload("x".repeat(100))).hasSize(100);
    }

    @Test
    void unassignedPillarIsOpenToEveryone() {
        Assessment a = assessment();

        assertThat(a.mayAnswer(DAVE, "SE", roles)).isTrue();
    }

    @Test
    void assignedPillarAcceptsDirectMembersRoleMembersAndTheFacilitatorOnly() {
        Assessment a = assessment().assign(ALICE, pillar("SE"), Set.of("Security engineer"), Set.of(BOB));

        assertThat(a.assignees("SE", roles)).containsExactlyInAnyOrder(BOB, CAROL);
        assertThat(a.mayAnswer(BOB, "SE", roles)).isTrue();
        assertThat(a.mayAnswer(CAROL, "SE", roles)).isTrue();
        assertThat(a.mayAnswer(ALICE, "SE", roles)).isTrue();
        assertThat(a.mayAnswer(DAVE, "SE", roles)).isFalse();
        assertThat(a.mayAnswer(DAVE, "OE", roles)).isTrue();
    }

    @Test
    void refusesAnswerFromMemberNotAssigned() {
        Assessment a = assessment().assign(ALICE, pillar("SE"), Set.of(), Set.of(BOB));

        assertReason(() -> a.requireMayAnswer(DAVE, "SE", roles), Reason.NOT_ASSIGNEE);
    }

    @Test
    void assigningNobodyMakesThePillarOpenAgain() {
        Assessment a = assessment()
                .assign(ALICE, pillar("SE"), Set.of(), Set.of(BOB))
                .assign(ALICE, pillar("SE"), Set.of(), Set.of());

        assertThat(a.isAssigned("SE")).isFalse();
        assertThat(a.mayAnswer(DAVE, "SE", roles)).isTrue();
    }

    @Test
    void refusesManagementByMembersWhoDoNotFacilitate() {
        Assessment a = assessment();

        assertReason(() -> a.assign(BOB, pillar("SE"), Set.of(), Set.of(BOB)), Reason.NOT_FACILITATOR);
        assertReason(() -> a.markSent(BOB, NOW), Reason.NOT_FACILITATOR);
        assertReason(() -> a.setDue(BOB, Optional.empty(), Fixtures.zone(), NOW), Reason.NOT_FACILITATOR);
        assertReason(() -> a.addCoFacilitator(BOB, BOB), Reason.NOT_FACILITATOR);
        assertReason(() -> a.finish(BOB, NOW), Reason.NOT_FACILITATOR);
        assertReason(() -> a.cancel(BOB, NOW), Reason.NOT_FACILITATOR);
    }

    @Test
    void coFacilitatorMayManage() {
        Assessment a = assessment().addCoFacilitator(ALICE, BOB);

        Assessment sent = a.markSent(new Member("aad-bob", "Bob renamed"), NOW);

        assertThat(sent.sentAt()).contains(NOW);
        assertThat(sent.isManagedBy(BOB)).isTrue();
    }

    @Test
    void refusesEveryChangeOnceFinishedOrCancelled() {
        Assessment finished = assessment().finish(ALICE, NOW);
        Assessment cancelled = assessment().cancel(ALICE, NOW);

        assertThat(finished.status()).isEqualTo(Status.FINISHED);
        assertThat(finished.closedAt()).contains(NOW);
        assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
        assertReason(() -> finished.finish(ALICE, NOW), Reason.ASSESSMENT_CLOSED);
        assertReason(() -> finished.requireMayAnswer(ALICE, "OE", roles), Reason.ASSESSMENT_CLOSED);
        assertReason(() -> cancelled.assign(ALICE, pillar("SE"), Set.of(), Set.of()), Reason.ASSESSMENT_CLOSED);
        assertReason(() -> cancelled.finishBySystem(NOW), Reason.ASSESSMENT_CLOSED);
    }

    @Test
    void refusesDueDateInThePastOfItsTimeZone() {
        Assessment a = assessment();
        LocalDate yesterday = LocalDate.of(2026, 3, 1);

        assertReason(() -> a.setDue(ALICE, Optional.of(yesterday), Fixtures.zone(), NOW), Reason.DUE_DATE_IN_PAST);
        assertThat(a.setDue(ALICE, Optional.of(LocalDate.of(2026, 3, 2)), Fixtures.zone(), NOW)
                        .due())
                .contains(LocalDate.of(2026, 3, 2));
    }

    @Test
    void rejectsRoleNamesOutsideOneToFiftyCharacters() {
        assertReason(() -> new Role(TEAM, " ", Set.of()), Reason.INVALID_ROLE_NAME);
        assertReason(() -> new Role(TEAM, "r".repeat(51), Set.of()), Reason.INVALID_ROLE_NAME);
        assertThat(new Role(TEAM, " MLOps ", Set.of()).isNamed("mlops")).isTrue();
    }

    @Test
    void membersAreTheSamePersonWhenTheirIdsAreEqual() {
        assertThat(new Member("id-1", "Old name")).isEqualTo(new Member("id-1", "New name"));
        assertThat(new Member("id-1", null).name()).isEqualTo("id-1");
    }

    @Test
    void roleScopeIsTheTeamWhenThereIsOneElseTheConversation() {
        assertThat(RoleScope.of(Fixtures.CHANNEL, Optional.of("team-9")).value())
                .isEqualTo("team:tenant-1:team-9");
        assertThat(RoleScope.of(Fixtures.CHANNEL, Optional.empty()).value())
                .isEqualTo("conversation:tenant-1:19:channel@thread.tacv2");
    }

    static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).reason())
                .isEqualTo(reason);
    }
}
