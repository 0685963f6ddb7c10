package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Answer;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.Choice;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.Member;
import io.wafml.assessment.Progress;
import io.wafml.assessment.RoleScope;
import io.wafml.assessment.Scoring;
import io.wafml.cards.CardRenderer;
import io.wafml.cards.view.ScoreCardView;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.ChecklistLoader;
import io.wafml.checklist.Item;
import io.wafml.checklist.Language;
import io.wafml.report.ExportLinks;
import io.wafml.report.ExportSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The result cards at their largest: the shipped checklist with every item a gap and a disagreement, 30 respondents
 * with notes of the longest length, in both languages; each card stays within 28 KB and passes the validator.
 */
class ResultCardsSizeTest {

    static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    private final Checklist checklist = ChecklistLoader.shipped();
    private final TeamsCards cards = new TeamsCards(new CardRenderer());
    private final ExportLinks links = new ExportLinks(
            URI.create("https://wafml-bot.example.com"),
            new ExportSigner(new byte[32], Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(24)));
    private final ScoreCards scoreCards = new ScoreCards(cards, checklist, links, new Participants());
    private final DrilldownCards drilldown = new DrilldownCards(cards, checklist);

    @ParameterizedTest
    @EnumSource(Language.class)
    void keepsTheLargestScoreCardWithin28Kilobytes(Language language) {
        Assessment assessment = assessment(language);
        AssessmentResult result = worstResult(assessment);

        ObjectNode card = scoreCards.card(
                new ScoreCards.Subject(
                        assessment, result, new Progress(assessment.id(), List.of(), List.of()), "Finished by X"),
                language);

        assertThat(result.gaps()).hasSize(checklist.items().size());
        assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(28 * 1024);
        assertThat(ResultsFlowTest.texts(card).stream().filter(t -> t.matches("[A-Z]{2}-\\d\\d · .*")))
                .hasSizeBetween(1, ScoreCardView.MAX_GAPS);
        ResultsFlowTest.assertValid(card);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void keepsTheLargestDetailsPageWithin28Kilobytes(Language language) {
        Assessment assessment = assessment(language);
        AssessmentResult result = worstResult(assessment);

        ObjectNode card = drilldown.card(result, checklist.findPillar("RE").orElseThrow(), 1, language);

        assertThat(ResultsFlowTest.texts(card).stream().filter(t -> t.matches("RE-\\d\\d")))
                .hasSize(DrilldownCards.PAGE_SIZE);
        ResultsFlowTest.assertValid(card);
    }

    private Assessment assessment(Language language) {
        ConversationKey channel = new ConversationKey("tenant", "19:channel@thread.tacv2");
        return Assessment.start(
                AssessmentId.random(),
                channel,
                RoleScope.of(channel, Optional.of("19:team@thread.tacv2")),
                new Member("29:facilitator", "Facilitator"),
                "W".repeat(Assessment.MAX_WORKLOAD),
                checklist,
                language,
                Optional.empty(),
                ZoneOffset.UTC,
                NOW);
    }

    /** Thirty respondents per item, alternating Yes and No, each with a 1,000-character note. */
    private AssessmentResult worstResult(Assessment assessment) {
        List<Answer> answers = new ArrayList<>();
        for (Item item : checklist.items()) {
            IntStream.range(0, 30)
                    .forEach(n -> answers.add(new Answer(
                            assessment.id(),
                            item.id(),
                            new Member("29:member-" + n, "メンバー 名前の長い人 " + n),
                            n % 2 == 0 ? Choice.NO : Choice.YES,
                            "根拠".repeat(Answer.MAX_TEXT / 2),
                            null,
                            NOW)));
        }
        return Scoring.score(checklist, assessment, answers, Optional.empty());
    }
}
