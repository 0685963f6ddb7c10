package io.wafml.assessment;

/** How the answers of several respondents to one item become one answer; see {@code docs/scoring.md}. */
public enum ConsolidationPolicy {
    /** The most cautious answer wins. */
    CAUTIOUS,
    /** The most frequent answer wins; ties go to the more cautious. */
    MAJORITY
}
