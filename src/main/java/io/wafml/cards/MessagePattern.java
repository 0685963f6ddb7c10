package io.wafml.cards;

/**
 * Substitutes {@code {0}}, {@code {1}}, ... in a UI text. Unlike {@link java.text.MessageFormat}, apostrophes are plain
 * characters and arguments are inserted as they are, so texts such as "Don't know" need no escaping.
 */
final class MessagePattern {

    private MessagePattern() {}

    static String apply(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            int close = placeholderEnd(pattern, i);
            if (close < 0) {
                out.append(pattern.charAt(i++));
                continue;
            }
            int index = Integer.parseInt(pattern.substring(i + 1, close));
            if (index >= args.length) {
                throw new IllegalArgumentException("Text \"" + pattern + "\" needs argument {" + index + "}");
            }
            out.append(args[index]);
            i = close + 1;
        }
        return out.toString();
    }

    private static int placeholderEnd(String pattern, int start) {
        if (pattern.charAt(start) != '{') {
            return -1;
        }
        int j = start + 1;
        while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
            j++;
        }
        boolean closed = j > start + 1 && j < pattern.length() && pattern.charAt(j) == '}';
        return closed ? j : -1;
    }
}
