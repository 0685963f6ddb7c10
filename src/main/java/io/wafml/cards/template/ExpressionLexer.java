package io.wafml.cards.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits an expression into tokens following the adaptive-expressions lexer rules. */
final class ExpressionLexer {

    private static final List<String> OPERATORS = List.of(
            "==", "!=", "<>", "&&", "||", "<=", ">=", "=>", "??", "+", "-", "!", "^", "*", "/", "%", "&", "<", ">", "(",
            ")", ".", "[", "]", "{", "}", ",", ":", "?");
    private static final Set<String> UNSUPPORTED = Set.of("<>", "=>", "??", "^", "&", "{", "}");

    private ExpressionLexer() {}

    static List<Token> tokens(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == ' ' || c == '\t' || c == '\ufeff' || c == '\u00a0' || c == '\r' || c == '\n') {
                i++;
            } else if (isDigit(c)) {
                i = number(source, i, tokens);
            } else if (c == '\'' || c == '"') {
                i = string(source, i, tokens);
            } else if (startsIdentifier(source, i)) {
                i = identifier(source, i, tokens);
            } else {
                i = operator(source, i, tokens);
            }
        }
        return tokens;
    }

    private static int number(String source, int start, List<Token> tokens) {
        int i = digits(source, start);
        if (i + 1 < source.length() && source.charAt(i) == '.' && isDigit(source.charAt(i + 1))) {
            i = digits(source, i + 1);
        }
        tokens.add(new Token(Token.Kind.NUMBER, source.substring(start, i)));
        return i;
    }

    private static int digits(String source, int start) {
        int i = start;
        while (i < source.length() && isDigit(source.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int string(String source, int start, List<Token> tokens) {
        char quote = source.charAt(start);
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' && i + 1 < source.length() ? 2 : 1;
        }
        if (i >= source.length()) {
            throw new IllegalArgumentException("unterminated string");
        }
        tokens.add(new Token(Token.Kind.STRING, source.substring(start, i + 1)));
        return i + 1;
    }

    private static boolean startsIdentifier(String source, int i) {
        char c = source.charAt(i);
        if (isLetter(c) || c == '_' || c == '#' || c == '@' || c == '$') {
            return true;
        }
        return c == '%' && i + 1 < source.length() && isWordChar(source.charAt(i + 1));
    }

    private static int identifier(String source, int start, List<Token> tokens) {
        int i = start + 1;
        if (source.startsWith("@@", start)) {
            i = start + 2;
        }
        while (i < source.length() && isWordChar(source.charAt(i))) {
            i++;
        }
        tokens.add(new Token(Token.Kind.IDENTIFIER, source.substring(start, i)));
        return i;
    }

    private static int operator(String source, int start, List<Token> tokens) {
        for (String operator : OPERATORS) {
            if (source.startsWith(operator, start)) {
                if (UNSUPPORTED.contains(operator)) {
                    throw new IllegalArgumentException("unsupported operator '" + operator + "'");
                }
                tokens.add(new Token(Token.Kind.OPERATOR, operator));
                return start + operator.length();
            }
        }
        throw new IllegalArgumentException("unexpected character '" + source.charAt(start) + "'");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }
}
