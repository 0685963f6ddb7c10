package io.wafml.cards.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A template prepared once: literal JSON, strings with expressions, arrays and objects, each knowing its JSON path. */
sealed interface Node {

    /** A JSON value with no expression in it. */
    record Literal(JsonNode value) implements Node {}

    /** A string holding at least one {@code ${...}}. */
    record Text(String path, Interpolation interpolation) implements Node {}

    /** A JSON array. */
    record Array(List<Node> items) implements Node {}

    /** A JSON object, keeping property order. */
    record Object(String path, Map<String, Node> properties) implements Node {}
}
