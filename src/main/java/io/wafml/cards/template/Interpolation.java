package io.wafml.cards.template;

import java.util.ArrayList;
import java.util.List;

/** A JSON string holding {@code ${...}}: its parts as the adaptive-expressions string interpolation lexer splits them. */
record Interpolation(String source, List<Expr> parts) {

    /** True when the string is exactly one non-literal expression, which then keeps the value's JSON type. */
    boolean isSingleExpression() {
        return parts.size() == 2
                && parts.get(0) instanceof Expr.Const first
                && "".equals(first.value())
                && !(parts.get(1) instanceof Expr.Const);
    }

    static Interpolation parse(String source) {
        List<Expr> parts = new ArrayList<>();
        parts.add(new Expr.Const(""));
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '`') {
                throw new IllegalArgumentException("a backtick is not allowed in a string with expressions");
            }
            int end = c == '$' ? templateEnd(source, i) : -1;
            if (c == '\\' && i + 1 < source.length() && "`$".indexOf(source.charAt(i + 1)) >= 0) {
                flush(text, parts);
                parts.add(new Expr.Const(String.valueOf(source.charAt(i + 1))));
                i += 2;
            } else if (end > 0) {
                flush(text, parts);
                parts.add(expression(source.substring(i + 2, end)));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, parts);
        return new Interpolation(source, List.copyOf(parts));
    }

    private static void flush(StringBuilder text, List<Expr> parts) {
        if (!text.isEmpty()) {
            parts.add(new Expr.Const(text.toString()));
            text.setLength(0);
        }
    }

    private static Expr expression(String body) {
        String trimmed = body.trim();
        return trimmed.isEmpty() ? new Expr.Const("") : ExpressionParser.parse(trimmed);
    }

    /** The index of the closing brace of a template token starting at {@code start}, or -1 when it is plain text. */
    private static int templateEnd(String source, int start) {
        if (!source.startsWith("${", start)) {
            return -1;
        }
        int i = start + 2;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '}') {
                return i > start + 2 ? i : -1;
            }
            if (c == '{') {
                throw new IllegalArgumentException("object literals are not supported");
            }
            if (c == '\r' || c == '\n' || c == '`') {
                return -1;
            }
            if (c == '\'' || c == '"') {
                i = stringEnd(source, i);
                if (i < 0) {
                    return -1;
                }
            }
            i++;
        }
        return -1;
    }

    private static int stringEnd(String source, int start) {
        char quote = source.charAt(start);
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' && i + 1 < source.length() ? 2 : 1;
        }
        return i < source.length() ? i : -1;
    }
}
