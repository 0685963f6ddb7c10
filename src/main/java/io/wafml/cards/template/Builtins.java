package io.wafml.cards.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The supported functions, each with the argument checks and results of its adaptive-expressions counterpart. */
final class Builtins {

    private Builtins() {}

    /** The per-argument check adaptive-expressions runs before calling the function; null when the argument passes. */
    static String verify(String type, Object value, Expr child, int position) {
        boolean ok = switch (type) {
            case "+" -> value instanceof String || value == Undefined.VALUE || JsValues.isNumber(value);
            case "-", "*" -> JsValues.isNumber(value);
            case "/" -> JsValues.isNumber(value) && (position == 0 || (Double) value != 0);
            case "%" -> JsValues.isInteger(value);
            case "<", "<=", ">", ">=", "exists" -> !JsValues.isNullish(value);
            case "empty" -> JsValues.isNullish(value) || isContainer(value);
            case "count" -> value == null || isContainer(value);
            case "length", "toUpper", "toLower" -> value instanceof String || value == Undefined.VALUE;
            case "min", "max" -> JsValues.isNumber(value) || isNumericList(value);
            default -> true;
        };
        return ok ? null : child + " is not a valid argument for " + type;
    }

    private static boolean isContainer(Object value) {
        return value instanceof String || value instanceof ArrayNode || value instanceof ObjectNode;
    }

    private static boolean isNumericList(Object value) {
        if (!(value instanceof ArrayNode array)) {
            return false;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!JsValues.isNumber(JsValues.fromJson(array.get(i)))) {
                return false;
            }
        }
        return true;
    }

    static Result compare(String type, List<Object> args) {
        return switch (type) {
            case "==" -> Result.of(JsEquality.equal(args.get(0), args.get(1)));
            case "!=" -> Result.of(!JsEquality.equal(args.get(0), args.get(1)));
            case "exists" -> Result.of(true);
            case "empty" -> Result.of(isEmpty(args.get(0)));
            default -> order(type, args.get(0), args.get(1));
        };
    }

    private static Result order(String type, Object left, Object right) {
        int sign;
        if (JsValues.isNumber(left) && JsValues.isNumber(right)) {
            sign = Double.compare((Double) left, (Double) right);
            if ((Double) left == 0 && (Double) right == 0) {
                sign = 0;
            }
        } else if (left instanceof String a && right instanceof String b) {
            sign = Integer.signum(a.compareTo(b));
        } else {
            return Result.fail(
                    JsValues.toJsString(left) + " and " + JsValues.toJsString(right) + " must be comparable.");
        }
        return Result.of(
                switch (type) {
                    case "<" -> sign < 0;
                    case "<=" -> sign <= 0;
                    case ">" -> sign > 0;
                    default -> sign >= 0;
                });
    }

    private static boolean isEmpty(Object value) {
        if (JsValues.isNullish(value)) {
            return true;
        }
        if (value instanceof String text) {
            return text.isEmpty();
        }
        return ((com.fasterxml.jackson.databind.JsonNode) value).isEmpty();
    }

    static Result apply(Expr.Call call, List<Object> args) {
        return switch (call.type()) {
            case "+", "-", "*", "/", "%", "concat" -> Arithmetic.fold(call.type(), args);
            case "count" -> count(args.get(0));
            case "length" -> Result.of((double) (args.get(0) instanceof String text ? text.length() : 0));
            case "toUpper", "toLower" -> Result.of(caseOf(call.type(), args.get(0)));
            case "first", "last" -> Result.of(firstOrLast(call.type().equals("first"), args.get(0)));
            case "min", "max" -> Result.of(Arithmetic.extreme(call.type().equals("min"), args));
            case "join" -> Text.join(call, args);
            case "formatNumber" -> Text.formatNumber(args);
            case "string" -> Result.of(Text.string(args.get(0)));
            case "int" -> Text.toInt(args.get(0));
            case "float" -> Text.toFloat(args.get(0));
            case "substring" -> Text.substring(call, args);
            default -> throw new IllegalStateException("no implementation for " + call.type());
        };
    }

    private static Result count(Object value) {
        if (value == null) {
            return Result.fail("Cannot convert undefined or null to object");
        }
        if (value instanceof String text) {
            return Result.of((double) text.length());
        }
        return Result.of((double) ((com.fasterxml.jackson.databind.JsonNode) value).size());
    }

    private static Object caseOf(String type, Object value) {
        String text = value instanceof String string ? string : "";
        return type.equals("toUpper") ? text.toUpperCase(Locale.US) : text.toLowerCase(Locale.US);
    }

    private static Object firstOrLast(boolean first, Object value) {
        if (value instanceof String text && !text.isEmpty()) {
            return String.valueOf(text.charAt(first ? 0 : text.length() - 1));
        }
        if (value instanceof ArrayNode array && !array.isEmpty()) {
            return JsValues.fromJson(array.get(first ? 0 : array.size() - 1));
        }
        return Undefined.VALUE;
    }
}
