package io.wafml.teams;

import java.util.Optional;
import java.util.regex.Pattern;

/** A command typed to the bot: its verb and the rest of the line, with mentions of the bot already removed. */
record CommandLine(Verb verb, String arguments) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    /** The command in a message's text, if its first word names one. */
    static Optional<CommandLine> parse(String text) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        int space = normalized.indexOf(' ');
        String first = space < 0 ? normalized : normalized.substring(0, space);
        String rest = space < 0 ? "" : normalized.substring(space + 1);
        return Verb.of(first).map(verb -> new CommandLine(verb, rest));
    }

    /** The first word of the text, for the hint about an unknown command. */
    static String firstWord(String text) {
        String normalized = normalize(text);
        int space = normalized.indexOf(' ');
        return space < 0 ? normalized : normalized.substring(0, space);
    }

    static String normalize(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }
}
