package io.wafml.cards.view;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/** Data of the {@code notice} card: a short message for refusals, hints, confirmations and errors. */
public record NoticeView(String title, String text, Style style, List<Fact> facts) {

    public NoticeView {
        title = Values.required(title, "title");
        text = Values.text(text);
        style = style == null ? Style.DEFAULT : style;
        facts = Values.list(facts);
    }

    /** A notice without facts. */
    public static NoticeView of(String title, String text, Style style) {
        return new NoticeView(title, text, style, List.of());
    }

    /** The container style that colours the notice. */
    public enum Style {
        DEFAULT,
        GOOD,
        WARNING,
        ATTENTION;

        /** The Adaptive Cards container style name. */
        @JsonValue
        public String cardValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
