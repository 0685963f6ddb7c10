package io.wafml.cards.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Expands a prepared template the way adaptivecards-templating's Template.expand does. */
final class Expander {

    private static final Set<String> RESERVED =
            Set.of("$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion");

    private final String templateName;

    Expander(String templateName) {
        this.templateName = templateName;
    }

    /** Returns a JsonNode, NullNode for JavaScript null, or Undefined.VALUE. */
    java.lang.Object expand(Node node, Scope scope) {
        if (node instanceof Node.Literal literal) {
            return literal.value().deepCopy();
        }
        if (node instanceof Node.Text text) {
            return bind(text, scope);
        }
        if (node instanceof Node.Array array) {
            return array(array, scope);
        }
        return object((Node.Object) node, scope);
    }

    private ArrayNode array(Node.Array array, Scope scope) {
        ArrayNode out = JsValues.NODES.arrayNode();
        for (Node item : array.items()) {
            java.lang.Object expanded = expand(item, scope);
            if (expanded == Undefined.VALUE) {
                out.addNull();
            } else if (expanded instanceof ArrayNode many) {
                out.addAll(many);
            } else if (!(expanded instanceof NullNode)) {
                out.add((JsonNode) expanded);
            }
        }
        return out;
    }

    private JsonNode object(Node.Object object, Scope scope) {
        Node data = object.properties().get("$data");
        List<java.lang.Object> contexts = List.of(Undefined.VALUE);
        boolean repeat = false;
        if (data instanceof Node.Text text) {
            java.lang.Object value = evaluateWhole(text, scope);
            repeat = value instanceof ArrayNode;
            contexts = repeat ? elements((ArrayNode) value) : java.util.Collections.singletonList(value);
        } else if (data instanceof Node.Literal literal) {
            repeat = literal.value().isArray();
            contexts = repeat ? elements((ArrayNode) literal.value()) : List.of(JsValues.fromJson(literal.value()));
        }
        ArrayNode results = JsValues.NODES.arrayNode();
        for (int i = 0; i < contexts.size(); i++) {
            Scope itemScope = repeat ? scope.withIndex(i) : scope;
            if (contexts.get(i) != Undefined.VALUE) {
                itemScope = itemScope.withData(contexts.get(i));
            }
            if (included(object, itemScope)) {
                results.add(properties(object.properties(), itemScope));
            }
        }
        if (results.isEmpty()) {
            return NullNode.getInstance();
        }
        return results.size() == 1 ? results.get(0) : results;
    }

    private static List<java.lang.Object> elements(ArrayNode array) {
        java.util.ArrayList<java.lang.Object> values = new java.util.ArrayList<>();
        array.forEach(item -> values.add(JsValues.fromJson(item)));
        return values;
    }

    private boolean included(Node.Object object, Scope scope) {
        Node when = object.properties().get("$when");
        if (when instanceof Node.Text text) {
            if (!text.interpolation().isSingleExpression()) {
                return false;
            }
            Result result = evaluate(text, text.interpolation().parts().get(1), scope, false);
            return !result.failed() && Boolean.TRUE.equals(result.value());
        }
        return !(when instanceof Node.Literal literal) || !JsValues.truthy(JsValues.fromJson(literal.value()));
    }

    private ObjectNode properties(Map<String, Node> properties, Scope scope) {
        ObjectNode out = JsValues.NODES.objectNode();
        properties.forEach((key, value) -> {
            if (!RESERVED.contains(key)) {
                java.lang.Object expanded = expand(value, scope);
                if (expanded != Undefined.VALUE) {
                    out.set(key, (JsonNode) expanded);
                }
            }
        });
        return out;
    }

    private java.lang.Object bind(Node.Text text, Scope scope) {
        java.lang.Object value = evaluateWhole(text, scope);
        if (value == Undefined.VALUE) {
            return value;
        }
        JsonNode json = JsValues.toJson(value);
        return json.isContainerNode() ? json.deepCopy() : json;
    }

    private java.lang.Object evaluateWhole(Node.Text text, Scope scope) {
        Interpolation interpolation = text.interpolation();
        if (interpolation.isSingleExpression()
                && !(interpolation.parts().get(1) instanceof Expr.Call call
                        && call.type().equals("concat"))) {
            Result result = evaluate(text, interpolation.parts().get(1), scope, true);
            if (result.failed()) {
                throw failure(text, result.error());
            }
            return result.value();
        }
        List<Expr> parts = interpolation.isSingleExpression()
                ? ((Expr.Call) interpolation.parts().get(1)).args()
                : interpolation.parts();
        StringBuilder out = new StringBuilder();
        for (Expr part : parts) {
            Result result;
            try {
                result = Evaluator.evaluate(part, scope, true);
            } catch (EvaluationCrash crash) {
                result = Result.fail(crash.getMessage());
            }
            java.lang.Object value = result.failed() ? "${" + part + "}" : result.value();
            if (JsValues.isNullish(value)) {
                throw failure(text, "a part of the string evaluates to " + JsValues.toJsString(value));
            }
            out.append(JsValues.toJsString(value));
        }
        return out.toString();
    }

    private Result evaluate(Node.Text text, Expr expr, Scope scope, boolean substitute) {
        try {
            return Evaluator.evaluate(expr, scope, substitute);
        } catch (EvaluationCrash crash) {
            throw failure(text, crash.getMessage());
        }
    }

    private TemplateException failure(Node.Text text, String problem) {
        return new TemplateException(
                templateName, text.path(), text.interpolation().source(), problem);
    }
}
