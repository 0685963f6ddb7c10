package io.wafml.assessment;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Turns the answers of several respondents to one item into one answer, and tells whether they disagree. */
public final class Consolidation {

    private Consolidation() {}

    /**
     * The consolidated answer: empty when nobody answered, N/A only when everybody said N/A, otherwise the most
     * cautious applicable answer ({@link ConsolidationPolicy#CAUTIOUS}) or the most frequent one, ties going to the more
     * cautious ({@link ConsolidationPolicy#MAJORITY}); N/A answers are ignored in both picks.
     */
    public static Optional<Choice> consolidate(ConsolidationPolicy policy, Collection<Choice> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        if (choices.stream().noneMatch(Choice::isApplicable)) {
            return Optional.of(Choice.NOT_APPLICABLE);
        }
        return policy == ConsolidationPolicy.CAUTIOUS ? mostCautious(choices) : mostFrequent(choices);
    }

    /** Whether the answers are two or more steps apart on No, Don't know, Partially, Yes, or mix N/A with others. */
    public static boolean disagree(Collection<Choice> choices) {
        long na = choices.stream().filter(c -> !c.isApplicable()).count();
        if (na > 0 && na < choices.size()) {
            return true;
        }
        var steps = choices.stream()
                .filter(Choice::isApplicable)
                .mapToInt(Choice::step)
                .summaryStatistics();
        return steps.getCount() > 1 && steps.getMax() - steps.getMin() >= 2;
    }

    private static Optional<Choice> mostCautious(Collection<Choice> choices) {
        return choices.stream().filter(Choice::isApplicable).min(Comparator.comparingInt(Choice::step));
    }

    private static Optional<Choice> mostFrequent(Collection<Choice> choices) {
        Map<Choice, Integer> counts = new EnumMap<>(Choice.class);
        choices.stream().filter(Choice::isApplicable).forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Choice, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().step()))
                .map(Map.Entry::getKey);
    }
}
