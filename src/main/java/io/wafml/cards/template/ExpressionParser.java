package io.wafml.cards.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the supported subset of the adaptive-expressions language into {@link Expr} trees, with its precedence. */
final class ExpressionParser {

    private static final List<List<String>> LEVELS = List.of(
            List.of("||"),
            List.of("&&"),
            List.of("<", "<=", ">", ">="),
            List.of("==", "!="),
            List.of("+", "-"),
            List.of("*", "/", "%"));
    private static final Map<String, String> ESCAPES = Map.of("\\r", "\r", "\\n", "\n", "\\t", "\t", "\\\\", "\\");
    private static final Pattern ESCAPE = Pattern.compile("\\\\[^\r\n]?");

    private final List<Token> tokens;
    private int position;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses one expression; throws IllegalArgumentException with a readable reason. */
    static Expr parse(String source) {
        ExpressionParser parser = new ExpressionParser(ExpressionLexer.tokens(source));
        Expr expr = parser.conditional();
        if (parser.peek() != null) {
            throw new IllegalArgumentException("unexpected '" + parser.peek().text() + "'");
        }
        return expr;
    }

    private Expr conditional() {
        Expr condition = binary(0);
        while (accept("?")) {
            Expr yes = conditional();
            expect(":");
            condition = Functions.call("if", List.of(condition, yes, binary(0)));
        }
        return condition;
    }

    private Expr binary(int level) {
        if (level == LEVELS.size()) {
            return unary();
        }
        Expr left = binary(level + 1);
        while (peek() != null
                && peek().kind() == Token.Kind.OPERATOR
                && LEVELS.get(level).contains(peek().text())) {
            String operator = next().text();
            left = Functions.call(operator, List.of(left, binary(level + 1)));
        }
        return left;
    }

    private Expr unary() {
        Token token = peek();
        if (token != null
                && token.kind() == Token.Kind.OPERATOR
                && List.of("!", "-", "+").contains(token.text())) {
            next();
            Expr operand = unary();
            return token.text().equals("!")
                    ? Functions.call("!", List.of(operand))
                    : Functions.call(token.text(), List.of(new Expr.Const(0.0), operand));
        }
        return postfix(primary());
    }

    private Expr primary() {
        Token token = next();
        if (token == null) {
            throw new IllegalArgumentException("unexpected end of expression");
        }
        return switch (token.kind()) {
            case NUMBER -> new Expr.Const(Double.parseDouble(token.text()));
            case STRING -> new Expr.Const(unquote(token.text()));
            case IDENTIFIER -> identifier(token.text());
            case OPERATOR -> {
                if (!token.text().equals("(")) {
                    throw new IllegalArgumentException("unsupported syntax '" + token.text() + "'");
                }
                Expr inner = conditional();
                expect(")");
                yield inner;
            }
        };
    }

    private static Expr identifier(String name) {
        return switch (name) {
            case "true" -> new Expr.Const(true);
            case "false" -> new Expr.Const(false);
            case "null" -> new Expr.Const(null);
            case "undefined" -> throw new IllegalArgumentException("'undefined' is not supported");
            default -> new Expr.Accessor(name, null);
        };
    }

    private Expr postfix(Expr expr) {
        while (peek() != null && peek().kind() == Token.Kind.OPERATOR) {
            switch (peek().text()) {
                case "." -> {
                    next();
                    Token property = next();
                    if (property == null || property.kind() != Token.Kind.IDENTIFIER) {
                        throw new IllegalArgumentException("a property name must follow '.'");
                    }
                    expr = new Expr.Accessor(property.text(), expr);
                }
                case "[" -> {
                    next();
                    Expr index = conditional();
                    expect("]");
                    expr = new Expr.Element(expr, index);
                }
                case "(" -> {
                    next();
                    expr = Functions.call(functionName(expr), arguments());
                }
                default -> {
                    return expr;
                }
            }
        }
        return expr;
    }

    private static String functionName(Expr expr) {
        if (expr instanceof Expr.Accessor accessor && accessor.instance() == null) {
            return accessor.property();
        }
        throw new IllegalArgumentException("only named functions can be called");
    }

    private List<Expr> arguments() {
        List<Expr> args = new ArrayList<>();
        if (peek() != null && peek().text().equals(")") && peek().kind() == Token.Kind.OPERATOR) {
            next();
            return args;
        }
        do {
            args.add(conditional());
        } while (accept(","));
        expect(")");
        return args;
    }

    private static String unquote(String literal) {
        char quote = literal.charAt(0);
        String body = literal.substring(1, literal.length() - 1).replace("\\" + quote, String.valueOf(quote));
        Matcher matcher = ESCAPE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(ESCAPES.getOrDefault(matcher.group(), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private boolean accept(String operator) {
        Token token = peek();
        if (token != null && token.kind() == Token.Kind.OPERATOR && token.text().equals(operator)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String operator) {
        if (!accept(operator)) {
            throw new IllegalArgumentException("expected '" + operator + "'");
        }
    }

    private Token peek() {
        return position < tokens.size() ? tokens.get(position) : null;
    }

    private Token next() {
        return position < tokens.size() ? tokens.get(position++) : null;
    }
}
