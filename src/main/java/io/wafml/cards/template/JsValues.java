package io.wafml.cards.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** JavaScript value semantics over Jackson trees: numbers are doubles, strings, booleans, null, undefined, containers. */
final class JsValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsValues() {}

    static Object fromJson(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return Undefined.VALUE;
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node;
    }

    static JsonNode toJson(Object value) {
        if (value == null || value == Undefined.VALUE) {
            return NODES.nullNode();
        }
        if (value instanceof Double number) {
            return numberNode(number);
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        return (JsonNode) value;
    }

    static JsonNode numberNode(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e21 && !Double.isInfinite(number)) {
            if (Math.abs(number) <= Integer.MAX_VALUE) {
                return NODES.numberNode((int) number);
            }
            if (Math.abs(number) < 9.2e18) {
                return NODES.numberNode((long) number);
            }
            return NODES.numberNode(new java.math.BigInteger(JsNumbers.toString(number)));
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return NODES.nullNode();
        }
        return NODES.numberNode(number);
    }

    /** Deep copy with every number in its JavaScript shape, as JSON.parse followed by JSON.stringify would give. */
    static JsonNode normalize(JsonNode node) {
        if (node.isNumber()) {
            return numberNode(node.doubleValue());
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(item -> copy.add(normalize(item)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), normalize(field.getValue()));
            }
            return copy;
        }
        return node;
    }

    static boolean isNumber(Object value) {
        return value instanceof Double number && !number.isNaN();
    }

    static boolean isInteger(Object value) {
        return value instanceof Double number && !number.isInfinite() && number == Math.rint(number);
    }

    static boolean isArray(Object value) {
        return value instanceof ArrayNode;
    }

    static boolean isObject(Object value) {
        return value instanceof ObjectNode;
    }

    /** JavaScript truthiness. */
    static boolean truthy(Object value) {
        if (isNullish(value)) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Double number) {
            return number != 0 && !number.isNaN();
        }
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        return true;
    }

    /** Object.keys order: integer-like keys ascending, then the others in insertion order. */
    static List<String> keys(ObjectNode object) {
        List<String> integers = new ArrayList<>();
        List<String> others = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> (isArrayIndex(name) ? integers : others).add(name));
        integers.sort(Comparator.comparingLong(Long::parseLong));
        integers.addAll(others);
        return integers;
    }

    private static boolean isArrayIndex(String name) {
        return !name.isEmpty()
                && name.length() <= 10
                && allDigits(name)
                && (name.length() == 1 || name.charAt(0) != '0')
                && Long.parseLong(name) < 4294967295L;
    }

    static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNullish(Object value) {
        return value == null || value == Undefined.VALUE;
    }

    /** JavaScript's {@code String(value)}; null and undefined are reported as a TypeError by the caller. */
    static String toJsString(Object value) {
        if (value == null) {
            return "null";
        }
        if (value == Undefined.VALUE) {
            return "undefined";
        }
        if (value instanceof Double number) {
            return numberToString(number);
        }
        if (value instanceof ArrayNode array) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object item = fromJson(array.get(i));
                out.append(isNullish(item) ? "" : toJsString(item));
            }
            return out.toString();
        }
        if (value instanceof ObjectNode) {
            return "[object Object]";
        }
        return value.toString();
    }

    static String numberToString(double number) {
        return JsNumbers.toString(number);
    }

    /** JSON.stringify of a value, as used by string() and concat() on containers. */
    static String stringify(Object value) {
        return toJson(value).toString();
    }
}
