package io.wafml.cards.view;

/**
 * A Teams mention entity ({@code msteams.entities}): the {@code <at>name</at>} text used in a TextBlock and the
 * mentioned user's id (AAD object id or {@code 29:} id) and name.
 */
public record Mention(String text, String id, String name) {

    public Mention {
        id = Values.required(id, "id");
        name = Values.required(name, "name");
        text = Values.required(text, "text");
        if (!text.equals(markup(name))) {
            throw new IllegalArgumentException("Mention text must be " + markup(name) + ": " + text);
        }
    }

    /** The mention of a user, with its matching {@code <at>} text. */
    public static Mention of(String id, String name) {
        return new Mention(markup(name), id, name);
    }

    private static String markup(String name) {
        return "<at>" + name + "</at>";
    }
}
