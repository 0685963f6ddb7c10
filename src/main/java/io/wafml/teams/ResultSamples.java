package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentResult;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The score card, each pillar's drill-down and the history of the sample, through the result feature's own code. */
@Component
class ResultSamples implements SampleCards {

    private final TeamsCards cards;
    private final Checklist checklist;
    private final ScoreCards scoreCards;
    private final DrilldownCards drilldowns;
    private final HistoryCards history;

    ResultSamples(
            TeamsCards cards,
            Checklist checklist,
            ScoreCards scoreCards,
            DrilldownCards drilldowns,
            HistoryCards history) {
        this.cards = cards;
        this.checklist = checklist;
        this.scoreCards = scoreCards;
        this.drilldowns = drilldowns;
        this.history = history;
    }

    @Override
    public Map<String, ObjectNode> samples(SampleAssessment sample, Language language) {
        Assessment finished = sample.finished();
        AssessmentResult result = sample.service().result(finished.id());
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        String reason = ScoreCardPoster.reasonText(
                finished, ScoreCardPublisher.FinishReason.FACILITATOR, Optional.empty(), cards.messages(language));
        samples.put(
                "score-card",
                scoreCards.card(
                        new ScoreCards.Subject(
                                finished, result, sample.service().progress(finished.id()), reason),
                        language));
        for (Pillar pillar : checklist.pillars()) {
            samples.put("drilldown-" + pillar.code(), drilldowns.card(result, pillar, 1, language));
        }
        samples.put("history", history.card(finished.conversation(), finished.roleScope(), language));
        return samples;
    }
}
