package io.wafml.deploy;

import java.util.ArrayList;
import java.util.List;

/** Finds the calls of one function in ARM template expressions and splits their arguments at the top level. */
final class ArmExpressions {

    private ArmExpressions() {}

    static boolean isExpression(String value) {
        return value.startsWith("[") && !value.startsWith("[[") && value.endsWith("]");
    }

    /** Arguments, as source text, of every call of {@code function} in the expression, nested calls included. */
    static List<List<String>> calls(String expression, String function) {
        List<List<String>> calls = new ArrayList<>();
        int from = 0;
        for (int at = expression.indexOf(function + "(", from);
                at >= 0;
                at = expression.indexOf(function + "(", from)) {
            from = at + function.length() + 1;
            if (at > 0 && Character.isLetterOrDigit(expression.charAt(at - 1))) {
                continue;
            }
            calls.add(arguments(expression, from));
        }
        return calls;
    }

    /** The string literal an argument consists of, or null when it is an expression. */
    static String literal(String argument) {
        boolean quoted = argument.length() >= 2 && argument.startsWith("'") && argument.endsWith("'");
        return quoted ? argument.substring(1, argument.length() - 1).replace("''", "'") : null;
    }

    private static List<String> arguments(String expression, int start) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int argumentStart = start;
        for (int i = start; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (inString) {
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ',' && depth == 0) {
                arguments.add(expression.substring(argumentStart, i).trim());
                argumentStart = i + 1;
            } else if (c == ')' && depth-- == 0) {
                String last = expression.substring(argumentStart, i).trim();
                if (!last.isEmpty() || !arguments.isEmpty()) {
                    arguments.add(last);
                }
                return arguments;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in " + expression);
    }
}
