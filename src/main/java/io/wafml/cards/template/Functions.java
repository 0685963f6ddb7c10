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

    static final int BOOLEAN = 1;
    static final int NUMBER = 2;
    static final int OBJECT = 4;
    static final int STRING = 8;
    static final int ARRAY = 16;

    private static final Map<String, Integer> RETURNS = Map.ofEntries(
            Map.entry("+", STRING | NUMBER),
            Map.entry("-", NUMBER),
            Map.entry("*", NUMBER),
            Map.entry("/", NUMBER),
            Map.entry("%", NUMBER),
            Map.entry("count", NUMBER),
            Map.entry("length", NUMBER),
            Map.entry("int", NUMBER),
            Map.entry("float", NUMBER),
            Map.entry("min", NUMBER),
            Map.entry("max", NUMBER),
            Map.entry("concat", STRING | ARRAY),
            Map.entry("join", STRING),
            Map.entry("formatNumber", STRING),
            Map.entry("string", STRING),
            Map.entry("toUpper", STRING),
            Map.entry("toLower", STRING),
            Map.entry("substring", STRING),
            Map.entry("if", OBJECT),
            Map.entry("first", OBJECT),
            Map.entry("last", OBJECT));

    private static final Map<String, List<Integer>> ARGUMENT_TYPES = Map.of(
            "+", List.of(STRING | NUMBER),
            "-", List.of(NUMBER),
            "*", List.of(NUMBER),
            "/", List.of(NUMBER),
            "%", List.of(NUMBER),
            "length", List.of(STRING),
            "toUpper", List.of(STRING),
            "toLower", List.of(STRING),
            "count", List.of(STRING | ARRAY),
            "join", List.of(ARRAY, STRING, STRING));

    private static final Map<String, List<Integer>> MORE_ARGUMENT_TYPES =
            Map.of("formatNumber", List.of(NUMBER, NUMBER, STRING), "substring", List.of(STRING, NUMBER, NUMBER));

    private Functions() {}

    /** The static return type adaptive-expressions infers for an expression, as a bit set of the constants above. */
    static int returnType(Expr expr) {
        if (expr instanceof Expr.Const constant) {
            Object value = constant.value();
            return value instanceof String
                    ? STRING
                    : value instanceof Boolean ? BOOLEAN : value instanceof Double ? NUMBER : OBJECT;
        }
        if (expr instanceof Expr.Call call) {
            return RETURNS.getOrDefault(call.type(), BOOLEAN);
        }
        return OBJECT;
    }

    private static void checkTypes(String type, List<Expr> args) {
        List<Integer> expected = ARGUMENT_TYPES.getOrDefault(type, MORE_ARGUMENT_TYPES.get(type));
        if (expected == null) {
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            int wanted = expected.get(Math.min(i, expected.size() - 1));
            int actual = returnType(args.get(i));
            if ((actual & OBJECT) == 0 && (wanted & actual) == 0) {
                throw new IllegalArgumentException(args.get(i) + " has the wrong type for " + type);
            }
        }
    }

    /** Builds a call under the canonical type name, refusing unknown functions and wrong argument counts. */
    static Expr call(String name, List<Expr> args) {
        Signature signature = TABLE.get(name);
        if (signature == null) {
            throw new IllegalArgumentException("unsupported function '" + name + "'");
        }
        if (args.size() < signature.min() || args.size() > signature.max()) {
            throw new IllegalArgumentException("wrong number of arguments for '" + name + "'");
        }
        checkTypes(signature.type(), args);
        return new Expr.Call(signature.type(), List.copyOf(args));
    }
}
