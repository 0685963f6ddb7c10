package io.wafml.cards.template;

import java.util.List;
import java.util.Map;

/** The supported functions and operators: their canonical adaptive-expressions names and arities. */
final class Functions {

    private record Signature(String type, int min, int max) {}

    private static final int MANY = Integer.MAX_VALUE;
    private static final Map<String, Signature> TABLE = Map.ofEntries(
            Map.entry("+", new Signature("+", 2, MANY)),
            Map.entry("add", new Signature("+", 2, MANY)),
            Map.entry("-", new Signature("-", 2, MANY)),
            Map.entry("sub", new Signature("-", 2, MANY)),
            Map.entry("*", new Signature("*", 2, MANY)),
            Map.entry("mul", new Signature("*", 2, MANY)),
            Map.entry("/", new Signature("/", 2, MANY)),
            Map.entry("div", new Signature("/", 2, MANY)),
            Map.entry("%", new Signature("%", 2, 2)),
            Map.entry("mod", new Signature("%", 2, 2)),
            Map.entry("==", new Signature("==", 2, 2)),
            Map.entry("equals", new Signature("==", 2, 2)),
            Map.entry("!=", new Signature("!=", 2, 2)),
            Map.entry("<", new Signature("<", 2, 2)),
            Map.entry("less", new Signature("<", 2, 2)),
            Map.entry("<=", new Signature("<=", 2, 2)),
            Map.entry("lessOrEquals", new Signature("<=", 2, 2)),
            Map.entry(">", new Signature(">", 2, 2)),
            Map.entry("greater", new Signature(">", 2, 2)),
            Map.entry(">=", new Signature(">=", 2, 2)),
            Map.entry("greaterOrEquals", new Signature(">=", 2, 2)),
            Map.entry("&&", new Signature("&&", 1, MANY)),
            Map.entry("and", new Signature("&&", 1, MANY)),
            Map.entry("||", new Signature("||", 1, MANY)),
            Map.entry("or", new Signature("||", 1, MANY)),
            Map.entry("!", new Signature("!", 1, 1)),
            Map.entry("not", new Signature("!", 1, 1)),
            Map.entry("if", new Signature("if", 3, 3)),
            Map.entry("exists", new Signature("exists", 1, 1)),
            Map.entry("empty", new Signature("empty", 1, 1)),
            Map.entry("count", new Signature("count", 1, 1)),
            Map.entry("length", new Signature("length", 1, 1)),
            Map.entry("concat", new Signature("concat", 1, MANY)),
            Map.entry("join", new Signature("join", 2, 3)),
            Map.entry("formatNumber", new Signature("formatNumber", 2, 2)),
            Map.entry("string", new Signature("string", 1, 1)),
            Map.entry("int", new Signature("int", 1, 1)),
            Map.entry("float", new Signature("float", 1, 1)),
            Map.entry("toUpper", new Signature("toUpper", 1, 1)),
            Map.entry("toLower", new Signature("toLower", 1, 1)),
            Map.entry("substring", new Signature("substring", 2, 3)),
            Map.entry("min", new Signature("min", 1, MANY)),
            Map.entry("max", new Signature("max", 1, MANY)),
            Map.entry("first", new Signature("first", 1, 1)),
            Map.entry("last", new Signature("last", 1, 1)));

    private Functions() {}

    /** Builds a call under the canonical type name, refusing unknown functions and wrong argument counts. */
    static Expr call(String name, List<Expr> args) {
        Signature signature = TABLE.get(name);
        if (signature == null) {
            throw new IllegalArgumentException("unsupported function '" + name + "'");
        }
        if (args.size() < signature.min() || args.size() > signature.max()) {
            throw new IllegalArgumentException("wrong number of arguments for '" + name + "'");
        }
        return new Expr.Call(signature.type(), List.copyOf(args));
    }
}
