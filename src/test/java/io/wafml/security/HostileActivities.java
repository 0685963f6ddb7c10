package io.wafml.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.checklist.Category;
import io.wafml.checklist.Item;
import io.wafml.teams.Fixtures;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Generates hostile or malformed requests from a seeded random source: raw bodies that are not activities, activities
 * with broken envelopes, typed commands that must be refused, and card submissions each carrying at least one defect.
 */
final class HostileActivities {

    /** A request body and what the bot must do with it: refuse it with a 4xx, or answer it (2xx) without effect. */
    record Case(String kind, String body, boolean mustBeRejected) {}

    private static final String SURROGATE = "LONE-SURROGATE-PLACEHOLDER";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;
    private final String serviceUrl;
    private final String channel;
    private final String foreignAssessment;
    private final String assessment;
    private final List<Category> categories;
    private final List<ObjectNode> senders;

    HostileActivities(
            long seed,
            String serviceUrl,
            String channel,
            String assessment,
            String foreignAssessment,
            List<Category> categories,
            List<ObjectNode> senders) {
        this.random = new Random(seed);
        this.serviceUrl = serviceUrl;
        this.channel = channel;
        this.assessment = assessment;
        this.foreignAssessment = foreignAssessment;
        this.categories = categories;
        this.senders = senders;
    }

    Case next() {
        int pick = random.nextInt(100);
        if (pick < 8) {
            return rawBody();
        }
        if (pick < 20) {
            return brokenEnvelope();
        }
        if (pick < 30) {
            return typedCommand();
        }
        return cardSubmission();
    }

    private Case rawBody() {
        List<Supplier<String>> bodies = List.of(
                () -> "[1,2,3]",
                () -> "\"message\"",
                () -> "42",
                () -> "null",
                () -> "true",
                () -> "{\"type\":",
                () -> "{" + "\"a\":{".repeat(200),
                () -> "[".repeat(10_000) + "]".repeat(10_000),
                () -> "{\"type\":\"message\",\"value\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                () -> "{\"type\":\"message\",\"x\":\"\\uD800\"}",
                () -> "\u0000\u0001\u0002",
                () -> "{'type':'message'}",
                () -> "{\"type\":\"message\"}garbage");
        return new Case("raw", bodies.get(random.nextInt(bodies.size())).get(), true);
    }

    private Case brokenEnvelope() {
        ObjectNode activity = channelActivity(Fixtures.channelMessage("help"));
        int variant = random.nextInt(12);
        switch (variant) {
            case 0 -> activity.put("type", random.nextInt());
            case 1 -> activity.put("from", "29:not-an-object");
            case 2 -> activity.putArray("conversation").add("x");
            case 3 -> activity.put("timestamp", "yesterday");
            case 4 -> activity.set("value", nested(64 + random.nextInt(200)));
            case 5 -> activity.put("text", SURROGATE);
            case 6 -> activity.with("from").put("name", SURROGATE + "name");
            case 7 -> activity.with("conversation").put("id", "19:" + "c".repeat(400));
            case 8 -> activity.with("from").put("id", "29:" + "f".repeat(300));
            case 9 -> activity.with("conversation").put("tenantId", "t".repeat(150));
            case 10 -> activity.put("entities", "not-an-array");
            default -> activity.put("text", "x".repeat(300_000));
        }
        return new Case("envelope-" + variant, encode(activity), true);
    }

    private Case typedCommand() {
        List<Supplier<String>> commands = List.of(
                () -> "start " + "w".repeat(101 + random.nextInt(500)),
                () -> "start " + "x".repeat(2001),
                () -> "role " + "r".repeat(51 + random.nextInt(100)),
                () -> "assign " + garbage(),
                () -> "assign Security NoSuchRole",
                () -> "due " + garbage(),
                () -> "due 1999-01-01",
                () -> "send",
                () -> "cancel",
                () -> "cofacilitator",
                () -> "send " + garbage(),
                () -> "zzz" + garbage(),
                () -> garbage(),
                () -> "status " + garbage(),
                () -> "roles");
        ObjectNode activity = channelActivity(Fixtures.channelMessage(
                commands.get(random.nextInt(commands.size())).get()));
        if (random.nextInt(5) == 0) {
            ObjectNode mention = activity.withArray("entities").addObject();
            mention.put("type", "mention");
            mention.put("text", "<at>" + garbage() + "</at>");
            if (random.nextBoolean()) {
                mention.putObject("mentioned").put("name", garbage());
            } else {
                mention.put("mentioned", garbage());
            }
        }
        return new Case("command", encode(activity), false);
    }

    private Case cardSubmission() {
        Category category = categories.get(random.nextInt(categories.size()));
        ObjectNode data = NODES.objectNode();
        data.put("verb", "answer");
        data.put("assessmentId", assessment);
        data.put("categoryId", category.id());
        data.put("page", 1);
        for (Item item : category.items()) {
            data.put(
                    "choice-" + item.id(),
                    List.of("yes", "partial", "no", "unknown").get(random.nextInt(4)));
        }
        int defects = 1 + random.nextInt(3);
        boolean breaksEnvelope = false;
        for (int i = 0; i < defects; i++) {
            breaksEnvelope |= defect(data, category);
        }
        if (random.nextInt(4) == 0) {
            data.set("extra-" + random.nextInt(1000), nested(1 + random.nextInt(40)));
        }
        String verb = data.path("verb").isTextual() ? data.path("verb").asText() : "answer";
        ObjectNode activity = random.nextInt(4) == 0
                ? Fixtures.legacySubmit(data)
                : Fixtures.cardAction(random.nextInt(10) == 0 ? garbage() : verb, data);
        if (activity.path("value").path("action").isObject() && random.nextInt(8) == 0) {
            ((ObjectNode) activity.path("value").path("action")).set("data", scalar());
        }
        String body = encode(channelActivity(activity));
        return new Case("card", body, breaksEnvelope && body.contains("\\uD800"));
    }

    /** Breaks the submission in one way; true when the break makes the whole body unreadable. */
    private boolean defect(ObjectNode data, Category category) {
        String item = category.items()
                .get(random.nextInt(category.items().size()))
                .id()
                .value();
        switch (random.nextInt(13)) {
            case 0 -> data.put("assessmentId", foreignAssessment);
            case 1 ->
                data.put(
                        "assessmentId",
                        UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt()})
                                .toString());
            case 2 -> data.set("assessmentId", scalar());
            case 3 -> data.put("categoryId", garbage());
            case 4 -> data.set("categoryId", scalar());
            case 5 -> data.put("choice-" + item, garbage());
            case 6 -> data.set("choice-" + item, scalar().isNull() ? NODES.numberNode(0) : scalar());
            case 7 -> data.put("note-" + item, "n".repeat(1001 + random.nextInt(3000)));
            case 8 -> data.put("choice-" + item, "na");
            case 9 -> {
                category.items().forEach(i -> data.remove("choice-" + i.id()));
                data.set("page", scalar());
            }
            case 10 -> data.put("verb", "x-" + garbage());
            case 11 -> data.put("assessmentId", "../" + garbage());
            default -> {
                data.put("choice-" + item, SURROGATE);
                return true;
            }
        }
        return false;
    }

    private ObjectNode channelActivity(ObjectNode activity) {
        activity.put("serviceUrl", serviceUrl);
        ((ObjectNode) activity.path("conversation")).put("id", channel);
        activity.with("channelData").with("channel").put("id", channel);
        activity.with("channelData").with("team").put("id", "team-of-" + channel);
        activity.set("from", senders.get(random.nextInt(senders.size())).deepCopy());
        return activity;
    }

    private JsonNode scalar() {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.nullNode();
            case 3 -> NODES.arrayNode().add(garbage());
            case 4 -> NODES.objectNode().put("id", garbage());
            case 5 -> NODES.numberNode(1e308);
            default -> NODES.textNode("x".repeat(10_000 + random.nextInt(50_000)));
        };
    }

    private JsonNode nested(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            if (i % 2 == 0) {
                ArrayNode array = NODES.arrayNode();
                array.add(node);
                node = array;
            } else {
                ObjectNode object = NODES.objectNode();
                object.set("k", node);
                node = object;
            }
        }
        return node;
    }

    private String garbage() {
        String[] parts = {
            "[x](https://e.vil)",
            "<at>Admin</at>",
            "'; DROP TABLE answer; --",
            "${t.notice}",
            "{0}",
            "%s%n",
            "\u202E",
            "日本語",
            "🙂",
            "null",
            "\\",
            "\"",
            "../../etc/passwd",
            "<script>",
            "&amp;"
        };
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            text.append(parts[random.nextInt(parts.length)]);
        }
        return text.toString();
    }

    /** The activity as JSON text, with each placeholder turned into an escaped lone surrogate. */
    private static String encode(ObjectNode activity) {
        return activity.toString().replace(SURROGATE, "\\uD800");
    }
}
