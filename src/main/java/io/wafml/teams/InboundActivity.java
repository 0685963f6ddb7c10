package io.wafml.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a request body into an SDK activity, refusing anything that is not a well-formed activity: JSON nested deeper
 * than {@value #MAX_DEPTH} levels, text with unpaired surrogates, and identifiers longer than the bot stores.
 */
final class InboundActivity {

    /** The deepest nesting of objects and arrays accepted; Teams activities use fewer than ten levels. */
    static final int MAX_DEPTH = 64;

    static final int MAX_ID = 200;
    static final int MAX_CONVERSATION_ID = 300;
    static final int MAX_TENANT_ID = 100;

    static final ObjectMapper MAPPER = mapper();

    private InboundActivity() {}

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new JacksonAdapter().serializer();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .build());
        return mapper;
    }

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
        requireValidUnicode(tree);
        requireShortIds(tree);
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

    private static void requireShortIds(JsonNode tree) {
        String conversation =
                Turn.baseConversationId(tree.path("conversation").path("id").asText());
        if (conversation.length() > MAX_CONVERSATION_ID) {
            throw new InvalidActivityException("conversation.id is too long");
        }
        if (tree.path("from").path("id").asText().length() > MAX_ID) {
            throw new InvalidActivityException("from.id is too long");
        }
        requireShort(tree.path("conversation").path("tenantId"), "conversation.tenantId", MAX_TENANT_ID);
        requireShort(tree.path("channelData").path("tenant").path("id"), "channelData.tenant.id", MAX_TENANT_ID);
        requireShort(tree.path("channelData").path("team").path("id"), "channelData.team.id", MAX_CONVERSATION_ID);
    }

    private static void requireShort(JsonNode node, String field, int max) {
        if (node.isTextual() && node.asText().length() > max) {
            throw new InvalidActivityException(field + " is too long");
        }
    }

    /** Refuses text with a lone surrogate ({@code \uD800} alone), which cannot be stored or sent back as UTF-8. */
    private static void requireValidUnicode(JsonNode tree) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isTextual() && !wellFormed(node.asText())) {
                throw new InvalidActivityException("body contains invalid Unicode");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!wellFormed(field.getKey())) {
                    throw new InvalidActivityException("body contains invalid Unicode");
                }
                pending.push(field.getValue());
            }
            if (node.isArray()) {
                node.elements().forEachRemaining(pending::push);
            }
        }
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
