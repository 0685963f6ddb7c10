package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.AssessmentResult.PillarResult;
import io.wafml.assessment.AssessmentResult.Response;
import io.wafml.assessment.Choice;
import io.wafml.assessment.Progress;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.Gap;
import io.wafml.cards.view.LinkRow;
import io.wafml.cards.view.ScoreCardView;
import io.wafml.cards.view.TextBar;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import io.wafml.report.ExportLinks;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The score card of a finished assessment: scores, labels and changes per pillar, the chart data, participation,
 * disagreements with who said what, the top gaps with guidance and links, and the export links; kept within 28 KB by
 * leaving out notes, then disagreements, then gaps (which stay reachable through the pillar details).
 */
@Component
class ScoreCards {

    static final int MAX_CARD_BYTES = 28 * 1024;
    private static final List<Choice> SEVERITY = List.of(Choice.NO, Choice.UNKNOWN, Choice.PARTIAL);
    private static final int NOTE_LENGTH = 80;

    private final TeamsCards cards;
    private final Checklist checklist;
    private final ExportLinks exports;
    private final Participants participants;

    ScoreCards(TeamsCards cards, Checklist checklist, ExportLinks exports, Participants participants) {
        this.cards = cards;
        this.checklist = checklist;
        this.exports = exports;
        this.participants = participants;
    }

    /** What a score card shows: the assessment, its result and progress, and why it finished (as text). */
    record Subject(Assessment assessment, AssessmentResult result, Progress progress, String finishReason) {}

    /** The rendered card in a language, at most 28 KB. */
    ObjectNode card(Subject subject, Language language) {
        boolean notes = true;
        int gaps = ScoreCardView.MAX_GAPS;
        int disagreements = ScoreCardView.MAX_DISAGREEMENTS;
        while (true) {
            ObjectNode card = cards.render("score-card", language, view(subject, language, notes, gaps, disagreements));
            if (card.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_CARD_BYTES
                    || (!notes && gaps == 0 && disagreements == 0)) {
                return card;
            }
            if (notes) {
                notes = false;
            } else if (disagreements > 0) {
                disagreements--;
            } else {
                gaps--;
            }
        }
    }

    /** The card's data with at most the given numbers of gaps and disagreements. */
    ScoreCardView view(Subject s, Language language, boolean notes, int maxGaps, int maxDisagreements) {
        Messages m = cards.messages(language);
        AssessmentResult r = s.result();
        List<Gap> gaps = topGaps(r, maxGaps).stream()
                .map(g -> ResultTexts.gap(checklist, g, m, language))
                .toList();
        int more = r.gaps().size() - gaps.size();
        return new ScoreCardView(
                r.assessmentId().toString(),
                PlainText.of(r.workload()),
                r.finishedAt() == null
                        ? ""
                        : AssessmentViews.date(
                                r.finishedAt().atZone(s.assessment().zone()).toLocalDate()),
                s.finishReason(),
                checklist.title().in(language),
                s.assessment().checklistVersion(),
                ResultTexts.score(r.overall(), m),
                ResultTexts.label(r.overallLabel(), m, language),
                ResultTexts.tone(r.overallLabel()),
                r.comparison() == null || r.comparison().overallChange() == null
                        ? ""
                        : m.format(
                                "score.change",
                                ResultTexts.change(r.comparison().overallChange())),
                r.pillars().stream().map(p -> pillar(r, p, m, language)).toList(),
                participants.of(r, s.progress(), m),
                r.disagreements().stream()
                        .limit(maxDisagreements)
                        .map(d -> new ScoreCardView.Disagreement(
                                d.item().value(),
                                checklist
                                        .findItem(d.item())
                                        .orElseThrow()
                                        .question()
                                        .in(language),
                                positions(d.responses(), notes, m)))
                        .toList(),
                gaps,
                more,
                more > 0 ? m.format("score.moreGaps", more) : "",
                exports.links(r.assessmentId()).stream()
                        .map(l -> new LinkRow(
                                m.text("score.export." + l.format().extension()),
                                l.url().toString()))
                        .toList());
    }

    /**
     * The most severe gaps (No, then Don't know, then Partially; by pillar within a severity), shown in the order of
     * the improvement plan: by pillar, then severity.
     */
    static List<AssessmentResult.Gap> topGaps(AssessmentResult result, int max) {
        List<AssessmentResult.Gap> plan = result.gaps();
        return plan.stream()
                .sorted(Comparator.comparingInt((AssessmentResult.Gap g) -> SEVERITY.indexOf(g.consolidated()))
                        .thenComparingInt(plan::indexOf))
                .limit(max)
                .sorted(Comparator.comparingInt(plan::indexOf))
                .toList();
    }

    private ScoreCardView.PillarScore pillar(AssessmentResult r, PillarResult p, Messages m, Language language) {
        String change = r.comparison() == null
                ? ""
                : r.comparison().pillars().stream()
                        .filter(c -> c.code().equals(p.code()))
                        .map(c -> ResultTexts.change(c.change()))
                        .findFirst()
                        .orElse("");
        int score = p.score() == null ? 0 : (int) Math.round(p.score());
        return new ScoreCardView.PillarScore(
                p.code(),
                checklist.findPillar(p.code()).orElseThrow().name().in(language),
                score,
                ResultTexts.score(p.score(), m),
                ResultTexts.label(p.label(), m, language),
                ResultTexts.tone(p.label()),
                p.answered(),
                p.items(),
                p.risks().high(),
                p.risks().medium(),
                p.risks().unknown(),
                p.risks().unanswered(),
                change,
                p.score() == null ? m.text("score.label.none") : TextBar.of(score));
    }

    /** Who said what: {@code Name: Yes (note) · Name: Not applicable (reason: ...)}. */
    static String positions(List<Response> responses, boolean notes, Messages m) {
        return responses.stream()
                .map(r -> {
                    String position = PlainText.of(r.respondent().name()) + ": " + ResultTexts.choice(r.choice(), m);
                    if (notes && r.reason() != null) {
                        position += " (" + m.format("score.reasonOf", PlainText.of(r.reason(), NOTE_LENGTH)) + ")";
                    } else if (notes && r.note() != null) {
                        position += " (" + PlainText.of(r.note(), NOTE_LENGTH) + ")";
                    }
                    return position;
                })
                .collect(Collectors.joining(" · "));
    }
}
