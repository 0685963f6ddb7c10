package io.wafml.cards.view;

import io.wafml.cards.PlainText;

/**
 * A Teams mention entity ({@code msteams.entities}): the {@code <at>name</at>} text used in a TextBlock and the
 * mentioned user's id (AAD object id or {@code 29:} id) and name.
 */
public record Mention(String text, String id, String name) {

    /** The longest display name shown in a mention, in code points. */
    public static final int MAX_NAME = 100;

    public Mention {
        id = Values.required(id, "id");
        name = Values.required(name, "name");
        text = Values.required(text, "text");
        if (!text.equals(markup(name))) {
            throw new IllegalArgumentException("Mention text must be " + markup(name) + ": " + text);
        }
    }

    /**
     * The mention of a user, with its matching {@code <at>} text; the display name is made plain text first so that a
     * name cannot close the mention or carry markdown.
     */
    public static Mention of(String id, String name) {
        String plain = PlainText.of(name, MAX_NAME);
        String safe = plain.isEmpty() ? PlainText.of(id, MAX_NAME) : plain;
        return new Mention(markup(safe), id, safe);
    }

    private static String markup(String name) {
        return "<at>" + name + "</at>";
    }
}
