package io.wafml.cards.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.regex.Pattern;

/** String-producing and string-parsing functions: join, formatNumber, string, int, float, substring. */
final class Text {

    private static final Pattern QUOTES_AT_START = Pattern.compile("^['\"]*");
    private static final Pattern QUOTES_AT_END = Pattern.compile("['\"]*$");

    private Text() {}

    static String commonStringify(Object value) {
        if (JsValues.isNullish(value)) {
            return "";
        }
        if (value instanceof ArrayNode || value instanceof com.fasterxml.jackson.databind.node.ObjectNode) {
            return QUOTES_AT_END
                    .matcher(QUOTES_AT_START.matcher(JsValues.stringify(value)).replaceAll(""))
                    .replaceAll("");
        }
        return JsValues.toJsString(value);
    }

    static Result join(Expr.Call call, List<Object> args) {
        if (!(args.get(0) instanceof ArrayNode array)) {
            return Result.fail(
                    call.args().get(0) + " evaluates to " + JsValues.toJsString(args.get(0)) + " which is not a list.");
        }
        if (args.size() == 2 || array.size() < 3) {
            return Result.of(joinAll(array, 0, array.size(), args.get(args.size() - 1)));
        }
        String head = joinAll(array, 0, array.size() - 1, args.get(1));
        return Result.of(head + separator(args.get(2)) + element(array, array.size() - 1));
    }

    private static String joinAll(ArrayNode array, int from, int to, Object separator) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(separator(separator));
            }
            out.append(element(array, i));
        }
        return out.toString();
    }

    private static String separator(Object separator) {
        return separator == Undefined.VALUE ? "," : JsValues.toJsString(separator);
    }

    private static String element(ArrayNode array, int i) {
        Object item = JsValues.fromJson(array.get(i));
        return JsValues.isNullish(item) ? "" : JsValues.toJsString(item);
    }

    static Result formatNumber(List<Object> args) {
        if (!JsValues.isNumber(args.get(0))) {
            return Result.fail("formatNumber first argument " + JsValues.toJsString(args.get(0)) + " must be a number");
        }
        if (!JsValues.isInteger(args.get(1)) || (Double) args.get(1) < 0 || (Double) args.get(1) > 20) {
            return Result.fail("formatNumber second argument must be a number of decimals");
        }
        double number = (Double) args.get(0);
        int precision = ((Double) args.get(1)).intValue();
        double scale = Math.pow(10, precision);
        double rounded = JsNumbers.round(number * scale) / scale;
        return Result.of(JsNumbers.groupedFixed(rounded, precision));
    }

    static String string(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (JsValues.isNumber(value)) {
            String plain = JsValues.numberToString((Double) value);
            int dot = plain.indexOf('.');
            int precision = dot < 0 ? 0 : plain.length() - dot - 1;
            return JsNumbers.groupedFixed((Double) value, precision);
        }
        return commonStringify(value);
    }

    static Result toInt(Object value) {
        if (value instanceof String text) {
            Double parsed = JsNumbers.parseInt(text);
            return parsed.isNaN()
                    ? Result.fail("parameter " + text + " is not a valid number string.")
                    : Result.of(parsed);
        }
        if (JsValues.isNumber(value)) {
            return Result.of(JsNumbers.parseInt(JsValues.numberToString((Double) value)));
        }
        return Result.of(Undefined.VALUE);
    }

    static Result toFloat(Object value) {
        if (value instanceof String text) {
            Double parsed = JsNumbers.parseFloat(text);
            return parsed.isNaN()
                    ? Result.fail("parameter " + text + " is not a valid number string.")
                    : Result.of(parsed);
        }
        return Result.of(JsValues.isNumber(value) ? value : Undefined.VALUE);
    }

    static Result substring(Expr.Call call, List<Object> args) {
        Object value = args.get(0);
        if (value == Undefined.VALUE) {
            return Result.of("");
        }
        if (!(value instanceof String text)) {
            return Result.fail(call.args().get(0) + " is neither a string nor a null object.");
        }
        Object start = args.get(1);
        if (!JsValues.isInteger(start) || (Double) start < 0 || (Double) start > text.length()) {
            return Result.fail(call.args().get(1) + " is out of range for " + text);
        }
        int from = ((Double) start).intValue();
        if (args.size() == 2) {
            return Result.of(text.substring(from));
        }
        Object length = args.get(2);
        if (!JsValues.isInteger(length) || (Double) length < 0 || from + (Double) length > text.length()) {
            return Result.fail(call.args().get(2) + " is out of range for " + text);
        }
        return Result.of(text.substring(from, from + ((Double) length).intValue()));
    }
}
