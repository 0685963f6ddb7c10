package io.wafml.bench;

import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.AssessmentResult.PillarResult;
import io.wafml.assessment.AssessmentResult.Response;
import io.wafml.cards.view.Gap;
import io.wafml.cards.view.LinkRow;
import io.wafml.cards.view.ScoreCardView;
import io.wafml.cards.view.Tone;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Item;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plain mapping of a scored assessment to the score card's view, standing in for the product's own mapping in the
 * benchmark: every field of the card is filled, lists are cut to the card's limits.
 */
final class ScoreCards {

    private ScoreCards() {}

    static ScoreCardView view(Checklist checklist, AssessmentResult result) {
        Map<String, Item> items =
                checklist.items().stream().collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
        Map<String, Pillar> pillars =
                checklist.pillars().stream().collect(Collectors.toMap(Pillar::code, Function.identity()));
        List<ScoreCardView.PillarScore> scores =
                result.pillars().stream().map(p -> pillar(p, pillars)).toList();
        List<ScoreCardView.Participant> participants = result.participation().stream()
                .map(p -> new ScoreCardView.Participant(p.respondent().name(), p.answered() + " answered"))
                .toList();
        List<ScoreCardView.Disagreement> disagreements = result.disagreements().stream()
                .limit(ScoreCardView.MAX_DISAGREEMENTS)
                .map(d -> new ScoreCardView.Disagreement(
                        d.item().value(),
                        items.get(d.item().value()).question().en(),
                        d.responses().stream().map(ScoreCards::position).collect(Collectors.joining(", "))))
                .toList();
        List<Gap> gaps = result.gaps().stream()
                .limit(ScoreCardView.MAX_GAPS)
                .map(g -> gap(g, items.get(g.item().value()), pillars.get(g.pillarCode())))
                .toList();
        double overall = result.overall() == null ? 0 : result.overall();
        return new ScoreCardView(
                result.assessmentId().toString(),
                result.workload(),
                "2026-12-04",
                "All assignees answered",
                checklist.title().en(),
                checklist.version(),
                String.valueOf(Math.round(overall)),
                result.overallLabel() == null ? "" : result.overallLabel().name(),
                tone(overall),
                "",
                scores,
                participants,
                disagreements,
                gaps,
                Math.max(0, result.gaps().size() - gaps.size()),
                "and more",
                List.of());
    }

    private static ScoreCardView.PillarScore pillar(PillarResult p, Map<String, Pillar> pillars) {
        int score = p.score() == null ? 0 : (int) Math.round(p.score());
        return new ScoreCardView.PillarScore(
                p.code(),
                pillars.get(p.code()).name().en(),
                score,
                String.valueOf(score),
                p.label() == null ? "" : p.label().name(),
                tone(score),
                p.answered(),
                p.items(),
                p.risks().high(),
                p.risks().medium(),
                p.risks().unknown(),
                p.risks().unanswered(),
                "",
                "█".repeat(score / 10));
    }

    private static Gap gap(AssessmentResult.Gap gap, Item item, Pillar pillar) {
        return new Gap(
                pillar.name().en(),
                gap.item().value(),
                item.question().en(),
                gap.consolidated() == null ? "Unanswered" : gap.consolidated().wire(),
                Tone.ATTENTION,
                item.guidance() == null ? "" : item.guidance().in(Language.EN),
                item.links().stream()
                        .map(l -> new LinkRow(l.text().en(), l.url().toString()))
                        .toList());
    }

    private static String position(Response response) {
        return response.respondent().name() + ": " + response.choice().wire();
    }

    private static Tone tone(double score) {
        return score >= 80 ? Tone.GOOD : score >= 40 ? Tone.WARNING : Tone.ATTENTION;
    }
}
