package io.wafml.assessment;

import static io.wafml.assessment.Choice.NO;
import static io.wafml.assessment.Choice.YES;
import static io.wafml.assessment.Fixtures.ALICE;
import static io.wafml.assessment.Fixtures.BOB;
import static io.wafml.assessment.Fixtures.CAROL;
import static io.wafml.assessment.Fixtures.DAVE;
import static io.wafml.assessment.Fixtures.TEAM;
import static io.wafml.assessment.Fixtures.pillar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wafml.assessment.Progress.MemberProgress;
import io.wafml.assessment.Progress.Outstanding;
import io.wafml.assessment.Progress.PillarProgress;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.ItemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Progress of an assessment: what each assignee answered and owes, and completion. */
class ProgressTest {

    private final Checklist checklist = Fixtures.checklist();
    private final List<Role> roles = List.of(new Role(TEAM, "Security engineer", Set.of(CAROL, DAVE)));
    private final Assessment assessment = Fixtures.assessment()
            .assign(ALICE, pillar("OE"), Set.of(), Set.of(BOB))
            .assign(ALICE, pillar("SE"), Set.of("Security engineer"), Set.of());
    private final List<Answer> answers = new ArrayList<>();

    @Test
    void countsAnsweredAndOwedItemsPerAssignee() {
        given("OE-01", BOB, YES)
                .given("SE-01", CAROL, NO)
                .given("SE-02", CAROL, YES)
                .given("SE-01", DAVE, YES);

        Progress progress = progress();

        assertThat(pillarProgress(progress, "OE").members())
                .extracting(MemberProgress::member, MemberProgress::answered, MemberProgress::owed)
                .containsExactly(tuple(BOB, 1, 2));
        assertThat(pillarProgress(progress, "SE").members())
                .extracting(MemberProgress::member, MemberProgress::answered, MemberProgress::owed)
                .containsExactly(tuple(CAROL, 2, 0), tuple(DAVE, 1, 1));
    }

    @Test
    void listsMembersWithTheirUnansweredItemsForReminders() {
        given("OE-01", BOB, YES).given("SE-01", CAROL, NO).given("SE-02", CAROL, YES);

        assertThat(progress().outstanding())
                .extracting(
                        Outstanding::member,
                        o -> o.items().stream().map(ItemId::value).toList())
                .containsExactly(tuple(BOB, List.of("OE-02", "OE-03")), tuple(DAVE, List.of("SE-01", "SE-02")));
    }

    @Test
    void nobodyOwesAnswersForAnOpenPillarWhichCountsAnswersByAnyone() {
        given("CO-01", ALICE, YES);

        PillarProgress co = pillarProgress(progress(), "CO");

        assertThat(co.assigned()).isFalse();
        assertThat(co.members()).isEmpty();
        assertThat(co.answeredItems()).isEqualTo(1);
        assertThat(co.isComplete()).isFalse();
        assertThat(progress().outstanding()).extracting(Outstanding::member).doesNotContain(ALICE);
    }

    @Test
    void completeWhenEveryAssigneeAnsweredEverythingAndEveryOpenItemHasAnAnswer() {
        List.of("OE-01", "OE-02", "OE-03").forEach(i -> given(i, BOB, YES));
        List.of("SE-01", "SE-02").forEach(i -> given(i, CAROL, YES).given(i, DAVE, NO));
        given("CO-01", ALICE, YES);
        assertThat(progress().isComplete()).isFalse();

        given("CO-02", BOB, NO);

        assertThat(progress().isComplete()).isTrue();
        assertThat(progress().outstanding()).isEmpty();
    }

    @Test
    void answerByTheFacilitatorDoesNotCountForAnAssignee() {
        List.of("OE-01", "OE-02", "OE-03").forEach(i -> given(i, ALICE, YES));

        assertThat(pillarProgress(progress(), "OE").isComplete()).isFalse();
    }

    private ProgressTest given(String item, Member member, Choice choice) {
        answers.add(Fixtures.answer(assessment, item, member, choice));
        return this;
    }

    private Progress progress() {
        return Progress.of(checklist, assessment, roles, answers);
    }

    private static PillarProgress pillarProgress(Progress progress, String code) {
        return progress.pillars().stream()
                .filter(p -> p.pillarCode().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
