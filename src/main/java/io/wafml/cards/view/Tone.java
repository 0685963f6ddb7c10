package io.wafml.cards.view;

import com.fasterxml.jackson.annotation.JsonValue;

/** The colour of a TextBlock that shows a score or an answer, as Adaptive Cards names it. */
public enum Tone {
    DEFAULT("Default"),
    GOOD("Good"),
    WARNING("Warning"),
    ATTENTION("Attention");

    private final String cardValue;

    Tone(String cardValue) {
        this.cardValue = cardValue;
    }

    /** The value of the TextBlock {@code color} property. */
    @JsonValue
    public String cardValue() {
        return cardValue;
    }
}
