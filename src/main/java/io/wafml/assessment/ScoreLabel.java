package io.wafml.assessment;

import io.wafml.checklist.Language;
import io.wafml.checklist.LocalizedText;
import java.util.Arrays;

/** The label of a score band: Strong (80 and above), Good (60), Needs work (40), At risk (below 40). */
public enum ScoreLabel {
    STRONG(80, new LocalizedText("優良", "Strong")),
    GOOD(60, new LocalizedText("良好", "Good")),
    NEEDS_WORK(40, new LocalizedText("要改善", "Needs work")),
    AT_RISK(0, new LocalizedText("高リスク", "At risk"));

    private final int minimum;
    private final LocalizedText text;

    ScoreLabel(int minimum, LocalizedText text) {
        this.minimum = minimum;
        this.text = text;
    }

    /** The label of a score from 0 to 100. */
    public static ScoreLabel of(double score) {
        return Arrays.stream(values())
                .filter(l -> score >= l.minimum)
                .findFirst()
                .orElse(AT_RISK);
    }

    /** The lowest score with this label. */
    public int minimum() {
        return minimum;
    }

    /** The label's text in a language. */
    public String text(Language language) {
        return text.in(language);
    }
}
