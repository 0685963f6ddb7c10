package io.wafml.teams;

import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.Choice;
import io.wafml.assessment.ScoreLabel;
import io.wafml.cards.Messages;
import io.wafml.cards.view.Gap;
import io.wafml.cards.view.LinkRow;
import io.wafml.cards.view.Tone;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Item;
import io.wafml.checklist.Language;
import java.math.BigDecimal;
import java.util.List;

/** How result values read on the cards: score numbers, changes, labels, colours and gaps with their guidance. */
final class ResultTexts {

    private ResultTexts() {}

    /** A score such as {@code 85} or {@code 37.5}; the no-score text when there is none. */
    static String score(Double value, Messages m) {
        return value == null ? m.text("score.noScore") : plain(value);
    }

    /** A change such as {@code +6}, {@code -3.5} or {@code ±0}; empty when there is none. */
    static String change(Double value) {
        if (value == null) {
            return "";
        }
        if (value == 0) {
            return "±0";
        }
        return (value > 0 ? "+" : "") + plain(value);
    }

    static String label(ScoreLabel label, Messages m, Language language) {
        return label == null ? m.text("score.label.none") : label.text(language);
    }

    static Tone tone(ScoreLabel label) {
        if (label == null) {
            return Tone.DEFAULT;
        }
        return switch (label) {
            case STRONG, GOOD -> Tone.GOOD;
            case NEEDS_WORK -> Tone.WARNING;
            case AT_RISK -> Tone.ATTENTION;
        };
    }

    static Tone tone(Choice choice) {
        return choice == Choice.NO ? Tone.ATTENTION : Tone.WARNING;
    }

    static String choice(Choice choice, Messages m) {
        return m.text("choice." + choice.wire());
    }

    /** A gap of the improvement plan with the checklist's question, guidance and links in a language. */
    static Gap gap(Checklist checklist, AssessmentResult.Gap gap, Messages m, Language language) {
        Item item = checklist.findItem(gap.item()).orElseThrow();
        List<LinkRow> links = item.links().stream()
                .map(l -> new LinkRow(l.text().in(language), l.url().toString()))
                .toList();
        return new Gap(
                checklist.findPillar(gap.pillarCode()).orElseThrow().name().in(language),
                gap.item().value(),
                item.question().in(language),
                choice(gap.consolidated(), m),
                tone(gap.consolidated()),
                item.guidance() == null ? "" : item.guidance().in(language),
                links);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
