package io.wafml.assessment;

import static io.wafml.assessment.Choice.NO;
import static io.wafml.assessment.Choice.NOT_APPLICABLE;
import static io.wafml.assessment.Choice.PARTIAL;
import static io.wafml.assessment.Choice.UNKNOWN;
import static io.wafml.assessment.Choice.YES;
import static io.wafml.assessment.Fixtures.ALICE;
import static io.wafml.assessment.Fixtures.BOB;
import static io.wafml.assessment.Fixtures.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wafml.assessment.AssessmentResult.Gap;
import io.wafml.assessment.AssessmentResult.Participation;
import io.wafml.assessment.AssessmentResult.PillarChange;
import io.wafml.assessment.AssessmentResult.PillarResult;
import io.wafml.assessment.AssessmentResult.Response;
import io.wafml.assessment.AssessmentResult.RiskCounts;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.ItemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scores, labels, disagreements, gaps, participation and comparison of assessment results. */
class ScoringTest {

    private final Checklist checklist = Fixtures.checklist();
    private final Assessment assessment = Fixtures.assessment();
    private final List<Answer> answers = new ArrayList<>();

    @Test
    void scoresMixedAnswersCautiouslyExcludingUnansweredAndNotApplicable() {
        given("OE-01", ALICE, YES).given("OE-01", BOB, NO).given("OE-02", ALICE, PARTIAL);
        given("SE-01", ALICE, NOT_APPLICABLE)
                .given("SE-01", BOB, NOT_APPLICABLE)
                .given("SE-02", BOB, NOT_APPLICABLE);
        given("CO-01", CAROL, YES).given("CO-02", CAROL, UNKNOWN);

        AssessmentResult result = score();

        assertThat(result.pillars())
                .extracting(PillarResult::code, PillarResult::score, PillarResult::label, PillarResult::answered)
                .containsExactly(
                        tuple("OE", 25.0, ScoreLabel.AT_RISK, 2),
                        tuple("SE", null, null, 2),
                        tuple("CO", 50.0, ScoreLabel.NEEDS_WORK, 2));
        assertThat(pillar(result, "OE").coverage()).isEqualTo(2.0 / 3);
        assertThat(pillar(result, "OE").risks()).isEqualTo(new RiskCounts(1, 1, 0, 1));
        assertThat(pillar(result, "CO").risks()).isEqualTo(new RiskCounts(0, 0, 1, 0));
        assertThat(result.overall()).isEqualTo(37.5);
        assertThat(result.overallLabel()).isEqualTo(ScoreLabel.AT_RISK);
        assertThat(result.comparison()).isNull();
    }

    @Test
    void everythingNotApplicableHasNoScoreAtAll() {
        checklist.items().forEach(i -> given(i.id().value(), ALICE, NOT_APPLICABLE));

        AssessmentResult result = score();

        assertThat(result.pillars()).allSatisfy(p -> {
            assertThat(p.score()).isNull();
            assertThat(p.coverage()).isEqualTo(1.0);
        });
        assertThat(result.overall()).isNull();
        assertThat(result.overallLabel()).isNull();
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void nothingAnsweredCountsEveryItemAsUnansweredWithoutScore() {
        AssessmentResult result = score();

        assertThat(pillar(result, "OE").risks()).isEqualTo(new RiskCounts(0, 0, 0, 3));
        assertThat(pillar(result, "OE").coverage()).isZero();
        assertThat(result.overall()).isNull();
        assertThat(result.participation()).isEmpty();
    }

    @Test
    void oneRespondentAnsweringYesEverywhereIsStrong() {
        checklist.items().forEach(i -> given(i.id().value(), ALICE, YES));

        AssessmentResult result = score();

        assertThat(result.pillars()).extracting(PillarResult::score).containsOnly(100.0);
        assertThat(result.overall()).isEqualTo(100.0);
        assertThat(result.overallLabel()).isEqualTo(ScoreLabel.STRONG);
        assertThat(result.disagreements()).isEmpty();
    }

    @Test
    void roundsScoresToOneDecimal() {
        given("OE-01", ALICE, YES).given("OE-02", ALICE, PARTIAL).given("OE-03", ALICE, PARTIAL);

        assertThat(pillar(score(), "OE").score()).isEqualTo(66.7);
    }

    @Test
    void majorityPolicyTakesTheMostFrequentAnswerAndBreaksTiesCautiously() {
        given("OE-01", ALICE, YES).given("OE-01", BOB, YES).given("OE-01", CAROL, NO);
        given("OE-02", ALICE, YES).given("OE-02", BOB, NO);
        Assessment majority = assessment.setPolicy(ALICE, ConsolidationPolicy.MAJORITY);

        AssessmentResult result = Scoring.score(checklist, majority, answers, Optional.empty());

        assertThat(result.items())
                .filteredOn(i -> i.pillarCode().equals("OE"))
                .extracting(AssessmentResult.ItemResult::consolidated)
                .containsExactly(YES, NO, null);
        assertThat(pillar(result, "OE").score()).isEqualTo(50.0);
        assertThat(result.policy()).isEqualTo(ConsolidationPolicy.MAJORITY);
    }

    @Test
    void listsDisagreementsWithWhoSaidWhat() {
        given("OE-01", BOB, NO).given("OE-01", ALICE, YES);
        given("OE-02", ALICE, YES).given("OE-02", BOB, PARTIAL);
        given("SE-01", ALICE, NOT_APPLICABLE).given("SE-01", CAROL, YES);

        AssessmentResult result = score();

        assertThat(result.disagreements()).extracting(d -> d.item().value()).containsExactly("OE-01", "SE-01");
        assertThat(result.disagreements().get(0).responses())
                .extracting(Response::respondent, Response::choice)
                .containsExactly(tuple(ALICE, YES), tuple(BOB, NO));
        assertThat(result.disagreements().get(1).responses().get(0).reason()).isEqualTo("No such component");
    }

    @Test
    void ordersGapsByPillarThenSeverityThenChecklistOrder() {
        given("OE-01", ALICE, PARTIAL).given("OE-02", ALICE, UNKNOWN).given("OE-03", ALICE, NO);
        given("SE-01", ALICE, PARTIAL).given("SE-02", ALICE, PARTIAL);
        given("CO-01", ALICE, YES).given("CO-02", ALICE, NO);

        assertThat(score().gaps())
                .extracting(g -> g.item().value(), Gap::consolidated)
                .containsExactly(
                        tuple("OE-03", NO),
                        tuple("OE-02", UNKNOWN),
                        tuple("OE-01", PARTIAL),
                        tuple("SE-01", PARTIAL),
                        tuple("SE-02", PARTIAL),
                        tuple("CO-02", NO));
    }

    @Test
    void countsItemsAnsweredPerRespondentMostActiveFirst() {
        given("OE-01", BOB, YES).given("OE-02", BOB, YES).given("OE-01", CAROL, NO);
        given("OE-03", ALICE, YES).given("SE-01", ALICE, YES);
        answers.add(new Answer(assessment.id(), new ItemId("XX-99"), CAROL, YES, null, null, Fixtures.NOW));

        assertThat(score().participation())
                .extracting(Participation::respondent, Participation::answered)
                .containsExactly(tuple(ALICE, 2), tuple(BOB, 2), tuple(CAROL, 1));
    }

    @Test
    void comparesWithThePreviousResultPerPillarAndOverall() {
        given("OE-01", ALICE, NO).given("OE-02", ALICE, PARTIAL).given("CO-01", ALICE, YES);
        AssessmentResult previous = score();
        answers.clear();
        given("OE-01", ALICE, YES).given("OE-02", ALICE, PARTIAL).given("CO-01", ALICE, NO);
        given("SE-01", ALICE, YES);

        AssessmentResult result = Scoring.score(checklist, assessment, answers, Optional.of(previous));

        assertThat(result.comparison().previousOverall()).isEqualTo(62.5);
        assertThat(result.overall()).isEqualTo(58.3);
        assertThat(result.comparison().overallChange()).isEqualTo(-4.2);
        assertThat(result.comparison().pillars())
                .extracting(PillarChange::code, PillarChange::previous, PillarChange::current, PillarChange::change)
                .containsExactly(
                        tuple("OE", 25.0, 75.0, 50.0), tuple("SE", null, 100.0, null), tuple("CO", 100.0, 0.0, -100.0));
    }

    @ParameterizedTest
    @CsvSource({
        "100, STRONG",
        "80, STRONG",
        "79.9, GOOD",
        "60, GOOD",
        "59.9, NEEDS_WORK",
        "40, NEEDS_WORK",
        "39.9, AT_RISK",
        "0, AT_RISK"
    })
    void labelsScoreBands(double score, ScoreLabel label) {
        assertThat(ScoreLabel.of(score)).isEqualTo(label);
    }

    @Test
    void labelsHaveJapaneseAndEnglishTexts() {
        assertThat(ScoreLabel.NEEDS_WORK.text(io.wafml.checklist.Language.EN)).isEqualTo("Needs work");
        assertThat(ScoreLabel.NEEDS_WORK.text(io.wafml.checklist.Language.JA)).isEqualTo("要改善");
    }

    private ScoringTest given(String item, Member member, Choice choice) {
        answers.add(Fixtures.answer(assessment, item, member, choice));
        return this;
    }

    private AssessmentResult score() {
        return Scoring.score(checklist, assessment, answers, Optional.empty());
    }

    private static PillarResult pillar(AssessmentResult result, String code) {
        return result.pillars().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
