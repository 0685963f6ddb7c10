package io.wafml.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The harness's JSON: the Teams payload fixtures and tree searches. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** A Teams payload fixture from the class path ({@code teams/<name>}). */
    static ObjectNode fixture(String name) {
        try (InputStream in = Json.class.getResourceAsStream("/teams/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first text value of {@code field} anywhere in the tree, or null. */
    static String find(JsonNode node, String field) {
        if (node.isObject() && node.path(field).isTextual()) {
            return node.path(field).asText();
        }
        for (JsonNode child : node) {
            String found = find(child, field);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
