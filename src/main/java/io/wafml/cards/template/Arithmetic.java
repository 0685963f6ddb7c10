package io.wafml.cards.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** Left folds of the arithmetic operators and concat, and min/max, with JavaScript number semantics. */
final class Arithmetic {

    private Arithmetic() {}

    static Result fold(String type, List<Object> args) {
        Object soFar = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            Result step = step(type, soFar, args.get(i));
            if (step.failed()) {
                return step;
            }
            soFar = step.value();
        }
        return Result.of(soFar);
    }

    private static Result step(String type, Object left, Object right) {
        return switch (type) {
            case "+" -> add(left, right);
            case "-" -> Result.of((Double) left - (Double) right);
            case "*" -> Result.of((Double) left * (Double) right);
            case "/" -> divide((Double) left, (Double) right);
            case "%" ->
                (Double) right == 0
                        ? Result.fail("Cannot mod by 0.")
                        : Result.of(negativeZero((Double) left % (Double) right, (Double) left));
            default -> Result.of(concat(left, right));
        };
    }

    private static double negativeZero(double remainder, double dividend) {
        return remainder == 0 && dividend < 0 ? -0.0 : remainder;
    }

    private static Result add(Object left, Object right) {
        boolean leftNumber = JsValues.isNumber(left);
        boolean rightNumber = JsValues.isNumber(right);
        if ((JsValues.isNullish(left) && rightNumber) || (JsValues.isNullish(right) && leftNumber)) {
            return Result.fail("Operator '+' or add cannot be applied to operands of type 'number' and null object.");
        }
        if (leftNumber && rightNumber) {
            return Result.of((Double) left + (Double) right);
        }
        if (JsValues.isNullish(left) && JsValues.isNullish(right)) {
            return Result.of("");
        }
        if (JsValues.isNullish(left)) {
            return Result.of(JsValues.toJsString(right));
        }
        if (JsValues.isNullish(right)) {
            return Result.of(JsValues.toJsString(left));
        }
        return Result.of(JsValues.toJsString(left) + JsValues.toJsString(right));
    }

    private static Result divide(double left, double right) {
        double result = left / right;
        if (JsValues.isInteger(left) && JsValues.isInteger(right)) {
            return Result.of(Math.floor(result));
        }
        return Result.of(result);
    }

    private static Object concat(Object first, Object second) {
        boolean firstList = first instanceof ArrayNode;
        boolean secondList = second instanceof ArrayNode;
        if (JsValues.isNullish(first) && JsValues.isNullish(second)) {
            return Undefined.VALUE;
        }
        if (JsValues.isNullish(first) && secondList) {
            return second;
        }
        if (JsValues.isNullish(second) && firstList) {
            return first;
        }
        if (firstList && secondList) {
            ArrayNode joined = ((ArrayNode) first).deepCopy();
            joined.addAll(((ArrayNode) second).deepCopy());
            return joined;
        }
        return Text.commonStringify(first) + Text.commonStringify(second);
    }

    static double extreme(boolean min, List<Object> args) {
        double result = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (Object arg : args) {
            if (arg instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    result = pick(min, result, array.get(i).doubleValue());
                }
            } else {
                result = pick(min, result, (Double) arg);
            }
        }
        return result;
    }

    private static double pick(boolean min, double a, double b) {
        return min ? Math.min(a, b) : Math.max(a, b);
    }
}
