package io.wafml.cards.template;

import java.util.List;
import java.util.stream.Collectors;

/** A parsed adaptive expression; {@link #toString()} renders it exactly as adaptive-expressions does. */
sealed interface Expr {

    /** A literal value: String, Double, Boolean or null. */
    record Const(Object value) implements Expr {
        @Override
        public String toString() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String text) {
                return "'" + quote(text.replace("\\", "\\\\")) + "'";
            }
            return JsValues.toJsString(value);
        }

        private static String quote(String text) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'' && (i == 0 || text.charAt(i - 1) != '\\')) {
                    out.append('\\');
                }
                out.append(c);
            }
            return out.toString();
        }
    }

    /** A property read, {@code instance.property}, or a root name when instance is null. */
    record Accessor(String property, Expr instance) implements Expr {
        @Override
        public String toString() {
            return instance == null ? property : instance + "." + property;
        }
    }

    /** An indexer, {@code instance[index]}. */
    record Element(Expr instance, Expr index) implements Expr {
        @Override
        public String toString() {
            return instance + "[" + index + "]";
        }
    }

    /** A function or operator call under its canonical adaptive-expressions type name. */
    record Call(String type, List<Expr> args) implements Expr {
        @Override
        public String toString() {
            boolean infix = !Character.isLetter(type.charAt(0)) && args.size() >= 2;
            String joined =
                    args.stream().map(Expr::toString).collect(Collectors.joining(infix ? " " + type + " " : ", "));
            return (infix ? "" : type) + "(" + joined + ")";
        }
    }
}
