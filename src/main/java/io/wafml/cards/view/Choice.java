package io.wafml.cards.view;

/** One choice of an {@code Input.ChoiceSet}: the text shown and the value submitted. */
public record Choice(String title, String value) {

    public Choice {
        title = Values.text(title);
        value = Values.required(value, "value");
    }
}
