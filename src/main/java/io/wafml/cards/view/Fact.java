package io.wafml.cards.view;

/** One title/value pair of a FactSet; the value is shown as plain text. */
public record Fact(String title, String value) {

    public Fact {
        title = Values.text(title);
        value = Values.text(value);
    }
}
