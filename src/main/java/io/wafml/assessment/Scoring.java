package io.wafml.assessment;

import io.wafml.assessment.AssessmentResult.Comparison;
import io.wafml.assessment.AssessmentResult.Disagreement;
import io.wafml.assessment.AssessmentResult.Gap;
import io.wafml.assessment.AssessmentResult.ItemResult;
import io.wafml.assessment.AssessmentResult.Participation;
import io.wafml.assessment.AssessmentResult.PillarChange;
import io.wafml.assessment.AssessmentResult.PillarResult;
import io.wafml.assessment.AssessmentResult.Response;
import io.wafml.assessment.AssessmentResult.RiskCounts;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Item;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Pillar;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Consolidates and scores the answers of an assessment; the rules are in {@code docs/scoring.md}. */
public final class Scoring {

    private static final List<Choice> SEVERITY = List.of(Choice.NO, Choice.UNKNOWN, Choice.PARTIAL);

    private Scoring() {}

    /** The result of an assessment; answers to items the checklist does not hold are ignored. */
    public static AssessmentResult score(
            Checklist checklist, Assessment assessment, List<Answer> answers, Optional<AssessmentResult> previous) {
        Map<ItemId, List<Answer>> byItem = answers.stream().collect(Collectors.groupingBy(Answer::item));
        List<ItemResult> items = checklist.pillars().stream()
                .flatMap(p -> p.items().stream().map(i -> itemResult(assessment.policy(), p, i, byItem)))
                .toList();
        List<PillarResult> pillars =
                checklist.pillars().stream().map(p -> pillarResult(p, items)).toList();
        Double overall = round(mean(pillars.stream()
                .map(PillarResult::score)
                .filter(Objects::nonNull)
                .toList()));
        return new AssessmentResult(
                assessment.id(),
                assessment.workload(),
                assessment.policy(),
                assessment.closedAt().orElse(null),
                overall,
                overall == null ? null : ScoreLabel.of(overall),
                pillars,
                items,
                disagreements(items),
                gaps(checklist, items),
                participation(items),
                previous.map(p -> compare(p, overall, pillars)).orElse(null));
    }

    private static ItemResult itemResult(
            ConsolidationPolicy policy, Pillar pillar, Item item, Map<ItemId, List<Answer>> byItem) {
        List<Response> responses = byItem.getOrDefault(item.id(), List.of()).stream()
                .sorted(Comparator.comparing((Answer a) -> a.respondent().name())
                        .thenComparing(a -> a.respondent().id()))
                .map(a -> new Response(a.respondent(), a.choice(), a.note(), a.reason()))
                .toList();
        Choice consolidated =
                Consolidation.consolidate(policy, choices(responses)).orElse(null);
        return new ItemResult(item.id(), pillar.code(), consolidated, responses);
    }

    private static PillarResult pillarResult(Pillar pillar, List<ItemResult> all) {
        List<ItemResult> items =
                all.stream().filter(i -> i.pillarCode().equals(pillar.code())).toList();
        List<Double> scores = items.stream()
                .map(ItemResult::consolidated)
                .filter(c -> c != null && c.isApplicable())
                .map(Choice::score)
                .toList();
        Double mean = mean(scores);
        Double score = mean == null ? null : round(100 * mean);
        int answered =
                (int) items.stream().filter(i -> i.consolidated() != null).count();
        RiskCounts risks = new RiskCounts(
                count(items, Choice.NO),
                count(items, Choice.PARTIAL),
                count(items, Choice.UNKNOWN),
                items.size() - answered);
        double coverage = items.isEmpty() ? 0 : (double) answered / items.size();
        return new PillarResult(
                pillar.code(),
                score,
                score == null ? null : ScoreLabel.of(score),
                items.size(),
                answered,
                coverage,
                risks);
    }

    private static List<Disagreement> disagreements(List<ItemResult> items) {
        return items.stream()
                .filter(i -> Consolidation.disagree(choices(i.responses())))
                .map(i -> new Disagreement(i.item(), i.pillarCode(), i.responses()))
                .toList();
    }

    private static List<Gap> gaps(Checklist checklist, List<ItemResult> items) {
        List<String> pillarOrder =
                checklist.pillars().stream().map(Pillar::code).toList();
        return items.stream()
                .filter(i -> i.consolidated() != null && SEVERITY.contains(i.consolidated()))
                .sorted(Comparator.comparingInt((ItemResult i) -> pillarOrder.indexOf(i.pillarCode()))
                        .thenComparingInt(i -> SEVERITY.indexOf(i.consolidated())))
                .map(i -> new Gap(i.item(), i.pillarCode(), i.consolidated()))
                .toList();
    }

    private static List<Participation> participation(List<ItemResult> items) {
        Map<Member, Long> counts = items.stream()
                .flatMap(i -> i.responses().stream())
                .collect(Collectors.groupingBy(Response::respondent, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> new Participation(e.getKey(), e.getValue().intValue()))
                .sorted(Comparator.comparingInt(Participation::answered)
                        .reversed()
                        .thenComparing(p -> p.respondent().name()))
                .toList();
    }

    private static Comparison compare(AssessmentResult previous, Double overall, List<PillarResult> pillars) {
        Map<String, Double> before = previous.pillars().stream()
                .filter(p -> p.score() != null)
                .collect(Collectors.toMap(PillarResult::code, PillarResult::score));
        List<PillarChange> changes = pillars.stream()
                .map(p -> new PillarChange(
                        p.code(), before.get(p.code()), p.score(), change(before.get(p.code()), p.score())))
                .toList();
        return new Comparison(
                previous.assessmentId(),
                previous.finishedAt(),
                previous.overall(),
                change(previous.overall(), overall),
                changes);
    }

    private static List<Choice> choices(List<Response> responses) {
        return responses.stream().map(Response::choice).toList();
    }

    private static int count(List<ItemResult> items, Choice choice) {
        return (int) items.stream().filter(i -> i.consolidated() == choice).count();
    }

    private static Double change(Double before, Double now) {
        return before == null || now == null ? null : round(now - before);
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty()
                ? null
                : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
