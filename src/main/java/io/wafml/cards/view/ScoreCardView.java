package io.wafml.cards.view;

import java.util.List;

/**
 * Data of the {@code score-card} card, posted when an assessment finishes: overall and per-pillar scores with their
 * labels and changes, participation, disagreements, the top gaps and the export links.
 */
public record ScoreCardView(
        String assessmentId,
        String workload,
        String finishedOn,
        String finishReason,
        String checklistName,
        String checklistVersion,
        String overallScore,
        String overallLabel,
        Tone overallColor,
        String overallChange,
        List<PillarScore> pillars,
        List<Participant> participation,
        List<Disagreement> disagreements,
        List<Gap> gaps,
        int moreGaps,
        String moreGapsText,
        List<LinkRow> exports) {

    /** The most gaps the card lists; the rest are behind the per-pillar drill-down. */
    public static final int MAX_GAPS = 10;

    /** The most disagreements the card lists. */
    public static final int MAX_DISAGREEMENTS = 10;

    public ScoreCardView {
        assessmentId = Values.required(assessmentId, "assessmentId");
        workload = Values.required(workload, "workload");
        finishedOn = Values.text(finishedOn);
        finishReason = Values.text(finishReason);
        checklistName = Values.text(checklistName);
        checklistVersion = Values.text(checklistVersion);
        overallScore = Values.required(overallScore, "overallScore");
        overallLabel = Values.text(overallLabel);
        overallColor = overallColor == null ? Tone.DEFAULT : overallColor;
        overallChange = Values.text(overallChange);
        pillars = Values.list(pillars);
        participation = Values.list(participation);
        disagreements = limited(Values.list(disagreements), MAX_DISAGREEMENTS, "disagreements");
        gaps = limited(Values.list(gaps), MAX_GAPS, "gaps");
        Values.count(moreGaps, "moreGaps");
        moreGapsText = Values.text(moreGapsText);
        exports = Values.list(exports);
    }

    private static <T> List<T> limited(List<T> values, int max, String name) {
        if (values.size() > max) {
            throw new IllegalArgumentException("At most " + max + " " + name + ", got " + values.size());
        }
        return values;
    }

    /**
     * One pillar's result: score (0-100) and its text, label and colour, coverage, risk counts, the change against the
     * previous run (such as {@code +12}, empty when there is none) and a text bar for clients without charts.
     */
    public record PillarScore(
            String code,
            String name,
            int score,
            String scoreText,
            String label,
            Tone color,
            int answered,
            int total,
            int high,
            int medium,
            int unknown,
            int unanswered,
            String change,
            String bar) {

        public PillarScore {
            code = Values.required(code, "code");
            name = Values.required(name, "name");
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("Score must be between 0 and 100: " + score);
            }
            scoreText = Values.required(scoreText, "scoreText");
            label = Values.text(label);
            color = color == null ? Tone.DEFAULT : color;
            Values.atMost(Values.count(answered, "answered"), Values.count(total, "total"), "answered");
            Values.count(high, "high");
            Values.count(medium, "medium");
            Values.count(unknown, "unknown");
            Values.count(unanswered, "unanswered");
            change = Values.text(change);
            bar = Values.text(bar);
        }
    }

    /** One respondent and how many items they answered, as text. */
    public record Participant(String name, String answeredText) {

        public Participant {
            name = Values.required(name, "name");
            answeredText = Values.text(answeredText);
        }
    }

    /** An item the respondents disagree on, with who said what as one line. */
    public record Disagreement(String itemId, String question, String positions) {

        public Disagreement {
            itemId = Values.required(itemId, "itemId");
            question = Values.required(question, "question");
            positions = Values.required(positions, "positions");
        }
    }
}
