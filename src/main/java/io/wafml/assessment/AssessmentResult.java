package io.wafml.assessment;

import io.wafml.checklist.ItemId;
import java.time.Instant;
import java.util.List;

/**
 * The consolidated, scored result of an assessment, computed by {@link Scoring}; scores run from 0 to 100 with one
 * decimal, and a score, label, time or comparison is null where there is none.
 */
public record AssessmentResult(
        AssessmentId assessmentId,
        String workload,
        ConsolidationPolicy policy,
        Instant finishedAt,
        Double overall,
        ScoreLabel overallLabel,
        List<PillarResult> pillars,
        List<ItemResult> items,
        List<Disagreement> disagreements,
        List<Gap> gaps,
        List<Participation> participation,
        Comparison comparison) {

    public AssessmentResult {
        pillars = List.copyOf(pillars);
        items = List.copyOf(items);
        disagreements = List.copyOf(disagreements);
        gaps = List.copyOf(gaps);
        participation = List.copyOf(participation);
    }

    /** One pillar's score (null when no item is scorable), coverage (answered / total items) and risk counts. */
    public record PillarResult(
            String code, Double score, ScoreLabel label, int items, int answered, double coverage, RiskCounts risks) {}

    /** Consolidated items answered No (high), Partially (medium), Don't know (unknown), and items nobody answered. */
    public record RiskCounts(int high, int medium, int unknown, int unanswered) {}

    /** One item's consolidated answer (null when unanswered) and every respondent's answer. */
    public record ItemResult(ItemId item, String pillarCode, Choice consolidated, List<Response> responses) {

        public ItemResult {
            responses = List.copyOf(responses);
        }
    }

    /** What one respondent answered to an item. */
    public record Response(Member respondent, Choice choice, String note, String reason) {}

    /** An item whose respondents disagree, with who said what. */
    public record Disagreement(ItemId item, String pillarCode, List<Response> responses) {

        public Disagreement {
            responses = List.copyOf(responses);
        }
    }

    /** An item of the improvement plan: its consolidated answer is No, Don't know or Partially. */
    public record Gap(ItemId item, String pillarCode, Choice consolidated) {}

    /** How many items a respondent answered. */
    public record Participation(Member respondent, int answered) {}

    /** The change against the previous finished assessment of the same workload; a change is null without both scores. */
    public record Comparison(
            AssessmentId previousId,
            Instant previousFinishedAt,
            Double previousOverall,
            Double overallChange,
            List<PillarChange> pillars) {

        public Comparison {
            pillars = List.copyOf(pillars);
        }
    }

    /** One pillar's score now, before, and the change. */
    public record PillarChange(String code, Double previous, Double current, Double change) {}
}
