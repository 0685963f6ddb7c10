package io.wafml.cards.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Evaluates expressions against a scope, reproducing adaptive-expressions results, errors and null substitution. */
final class Evaluator {

    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=", "exists", "empty");

    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.*$");

    private Evaluator() {}

    static Result evaluate(Expr expr, Scope scope, boolean substitute) {
        if (expr instanceof Expr.Const constant) {
            return Result.of(constant.value());
        }
        if (expr instanceof Expr.Accessor accessor) {
            return accessor(accessor, scope, substitute);
        }
        if (expr instanceof Expr.Element element) {
            return element(element, scope, substitute);
        }
        return call((Expr.Call) expr, scope, substitute);
    }

    private static Result accessor(Expr.Accessor accessor, Scope scope, boolean substitute) {
        String path = "";
        Expr left = accessor;
        while (left != null) {
            if (left instanceof Expr.Accessor step) {
                path = step.property() + "." + path;
                left = step.instance();
            } else if (left instanceof Expr.Element step) {
                Result index = evaluate(step.index(), scope, substitute);
                if (index.failed()) {
                    return index;
                }
                if (index.value() instanceof Double
                        || index.value() instanceof String text
                                && !JsNumbers.parseInt(text).isNaN()) {
                    path = "[" + JsValues.toJsString(index.value()) + "]." + path;
                } else if (index.value() instanceof String text) {
                    path = "['" + text + "']." + path;
                } else {
                    return Result.fail(step.index() + " doesn't return an int or string");
                }
                left = step.instance();
            } else {
                break;
            }
        }
        path = TRAILING_DOTS.matcher(path).replaceAll("").replace(".[", "[");
        if (left == null) {
            return Result.of(orSubstitute(scope.lookup(path), path, substitute));
        }
        Result scopeValue = evaluate(left, scope, substitute);
        if (scopeValue.failed()) {
            return scopeValue;
        }
        return Result.of(orSubstitute(Scope.lookupIn(scopeValue.value(), path), path, substitute));
    }

    private static Object orSubstitute(Object value, String path, boolean substitute) {
        if (value != Undefined.VALUE || !substitute) {
            return value;
        }
        return "${" + path + "}";
    }

    private static Result element(Expr.Element element, Scope scope, boolean substitute) {
        Result instance = evaluate(element.instance(), scope, substitute);
        Result index = instance.failed() ? instance : evaluate(element.index(), scope, false);
        if (index.failed()) {
            throw new EvaluationCrash("Cannot destructure an undefined evaluation result of " + element);
        }
        Object value = index.value();
        if (JsValues.isInteger(value)) {
            return accessIndex(instance.value(), (Double) value);
        }
        if (value instanceof String text) {
            return Result.of(Scope.property(instance.value(), text));
        }
        return Result.fail("Could not coerce " + element.index() + " to an int or string.");
    }

    private static Result accessIndex(Object instance, double index) {
        if (JsValues.isNullish(instance)) {
            return Result.of(Undefined.VALUE);
        }
        if (instance instanceof ArrayNode array) {
            if (index >= 0 && index < array.size()) {
                return Result.of(JsValues.fromJson(array.get((int) index)));
            }
            return Result.fail(JsValues.numberToString(index) + " is out of range");
        }
        return Result.fail(JsValues.toJsString(instance) + " is not a collection.");
    }

    private static Result call(Expr.Call call, Scope scope, boolean substitute) {
        return switch (call.type()) {
            case "&&" -> logic(call, scope, true);
            case "||" -> logic(call, scope, false);
            case "!" -> {
                Result operand = evaluate(call.args().get(0), scope, false);
                yield Result.of(operand.failed() || !isLogicTrue(operand.value()));
            }
            case "if" -> {
                Result condition = evaluate(call.args().get(0), scope, false);
                boolean yes = !condition.failed() && isLogicTrue(condition.value());
                yield evaluate(call.args().get(yes ? 1 : 2), scope, substitute);
            }
            default -> COMPARISONS.contains(call.type()) ? comparison(call, scope) : apply(call, scope, substitute);
        };
    }

    private static Result logic(Expr.Call call, Scope scope, boolean and) {
        Object last = and;
        for (Expr child : call.args()) {
            Result result = evaluate(child, scope, false);
            boolean truth = !result.failed() && isLogicTrue(result.value());
            if (and && !truth) {
                return Result.of(false);
            }
            if (!and && truth) {
                return Result.of(true);
            }
            last = and ? Boolean.TRUE : result.value();
        }
        return Result.of(last);
    }

    static boolean isLogicTrue(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        return !JsValues.isNullish(value);
    }

    private static Result comparison(Expr.Call call, Scope scope) {
        List<Object> args = new ArrayList<>();
        for (Expr child : call.args()) {
            Result result = evaluate(child, scope, false);
            if (result.failed() || Builtins.verify(call.type(), result.value(), child, args.size()) != null) {
                return Result.of(false);
            }
            args.add(result.value());
        }
        return Builtins.compare(call.type(), args);
    }

    private static Result apply(Expr.Call call, Scope scope, boolean substitute) {
        List<Object> args = new ArrayList<>();
        for (Expr child : call.args()) {
            Result result = evaluate(child, scope, substitute);
            if (result.failed()) {
                return result;
            }
            String error = Builtins.verify(call.type(), result.value(), child, args.size());
            if (error != null) {
                return Result.fail(error);
            }
            args.add(result.value());
        }
        return Builtins.apply(call, args);
    }
}
