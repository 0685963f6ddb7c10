package io.wafml.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.List;

/** Turns a request body into an SDK activity, refusing anything that is not a well-formed activity. */
final class InboundActivity {

    static final ObjectMapper MAPPER = new JacksonAdapter().serializer();

    private InboundActivity() {}

    /** The parsed activity, or an {@link InvalidActivityException} that says what is wrong. */
    static Activity parse(String body) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidActivityException("body is not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidActivityException("body is not a JSON object");
        }
        List<String> missing = missingFields(tree);
        if (!missing.isEmpty()) {
            throw new InvalidActivityException("missing required fields: " + String.join(", ", missing));
        }
        Activity activity;
        try {
            activity = MAPPER.treeToValue(tree, Activity.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidActivityException("body is not an activity");
        }
        if (tree.hasNonNull("value")) {
            activity.setValue(tree.get("value"));
        }
        return activity;
    }

    private static List<String> missingFields(JsonNode tree) {
        List<String> missing = new ArrayList<>();
        requireText(tree, "type", missing);
        requireText(tree, "serviceUrl", missing);
        requireObjectWithId(tree, "conversation", missing);
        requireObjectWithId(tree, "from", missing);
        return missing;
    }

    private static void requireText(JsonNode tree, String field, List<String> missing) {
        JsonNode node = tree.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            missing.add(field);
        }
    }

    private static void requireObjectWithId(JsonNode tree, String field, List<String> missing) {
        JsonNode node = tree.get(field);
        if (node == null
                || !node.isObject()
                || !node.path("id").isTextual()
                || node.path("id").asText().isBlank()) {
            missing.add(field + ".id");
        }
    }
}
