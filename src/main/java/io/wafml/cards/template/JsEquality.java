package io.wafml.cards.template;

import com.fasterxml.jackson.databind.JsonNode;

/** adaptive-expressions' commonEquals: null-aware, deep for lists and objects, epsilon for numbers. */
final class JsEquality {

    private JsEquality() {}

    static boolean equal(Object left, Object right) {
        if (JsValues.isNullish(left) || JsValues.isNullish(right)) {
            return JsValues.isNullish(left) && JsValues.isNullish(right);
        }
        if (left instanceof Double a && right instanceof Double b) {
            return Math.abs(a - b) < Math.ulp(1.0) || a.doubleValue() == b.doubleValue();
        }
        if (left instanceof JsonNode a && right instanceof JsonNode b) {
            return JsValues.normalize(a).equals(JsValues.normalize(b));
        }
        return left.equals(right);
    }
}
