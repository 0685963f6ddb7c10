package io.wafml.cards;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes user-typed text safe to show as plain text in a Teams TextBlock or FactSet.
 *
 * <p>{@link #of(String)} applies, in order: null becomes empty; CRLF and CR become LF; control characters other than
 * LF and TAB are removed; {@code <} and {@code >} become fullwidth {@code ＜ ＞} (no HTML, no {@code <at>} mention,
 * no block quote); {@code *}, {@code _} and {@code ~} become {@code ∗ ＿ ∼} (no emphasis or strike-through);
 * {@code [} and {@code ]} become fullwidth {@code ［ ］} (no link, image or reference); a backtick becomes {@code ｀};
 * at the start of a line, {@code #} becomes {@code ＃} (no heading), a {@code -} or {@code +} list marker followed by a
 * space becomes {@code ‐}/{@code ＋}, and the dot of an ordered list marker ({@code 12. }) becomes {@code ．}; then the
 * text is trimmed and, when longer than the limit (default {@value #DEFAULT_MAX_LENGTH} code points), cut to the limit
 * minus one code point followed by {@code …}.
 */
public final class PlainText {

    /** The default maximum length, in Unicode code points, ellipsis included. */
    public static final int DEFAULT_MAX_LENGTH = 500;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern HEADING = Pattern.compile("(?m)^([ \\t]*)#");
    private static final Pattern BULLET = Pattern.compile("(?m)^([ \\t]*)([-+])(?=[ \\t])");
    private static final Pattern ORDERED = Pattern.compile("(?m)^([ \\t]*\\d+)\\.(?=[ \\t]|$)");

    private PlainText() {}

    /** Neutralises markdown and HTML, trims, and limits the text to {@value #DEFAULT_MAX_LENGTH} code points. */
    public static String of(String userText) {
        return of(userText, DEFAULT_MAX_LENGTH);
    }

    /** Like {@link #of(String)} with a given maximum length in code points (at least 1). */
    public static String of(String userText, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        if (userText == null) {
            return "";
        }
        String text = userText.replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll("");
        text = replaceChars(text, "<>*_~[]`", "＜＞∗＿∼［］｀");
        text = HEADING.matcher(text).replaceAll("$1＃");
        text = replaceBullets(text);
        text = ORDERED.matcher(text).replaceAll("$1．");
        return limit(text.strip(), maxLength);
    }

    private static String replaceChars(String text, String from, String to) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int index = from.indexOf(text.charAt(i));
            out.append(index < 0 ? text.charAt(i) : to.charAt(index));
        }
        return out.toString();
    }

    private static String replaceBullets(String text) {
        Matcher matcher = BULLET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String marker = matcher.group(2).equals("-") ? "‐" : "＋";
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + marker));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String limit(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxLength - 1);
        return text.substring(0, end).stripTrailing() + "…";
    }
}
