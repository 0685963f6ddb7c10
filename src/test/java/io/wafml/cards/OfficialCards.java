package io.wafml.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;

/** Runs the official Adaptive Cards engine and validator (Node scripts in src/test/node) from the Java tests. */
public final class OfficialCards {

    /** One template expansion request. */
    public record Case(JsonNode template, JsonNode data) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TOOLING = Path.of("src", "test", "node");
    private static final int MAX_CARD_BYTES = 28 * 1024;
    private static final String EMPTY_CHOICE_SET =
            "CollectionCantBeEmpty: An Input.ChoiceSet must have at least one choice defined.";

    private OfficialCards() {}

    /** Skips the calling test when node or the installed tooling is missing, or fails it when CI=true. */
    public static void assumeAvailable() {
        boolean available = Files.isDirectory(TOOLING.resolve("node_modules/adaptivecards-templating")) && nodeRuns();
        if (!available && "true".equals(System.getenv("CI"))) {
            fail("node or src/test/node/node_modules is missing (run npm ci in src/test/node)");
        }
        Assumptions.assumeTrue(available, "node tooling not installed");
    }

    /** Expands every case with adaptivecards-templating; each result is {ok, card} or {ok: false, error}. */
    public static List<JsonNode> expand(List<Case> cases) {
        ArrayNode input = JSON.createArrayNode();
        cases.forEach(c -> {
            var item = input.addObject();
            item.set("template", c.template());
            item.set("data", c.data());
        });
        return list(run("expand.mjs", input));
    }

    /** Validates every card with adaptivecards 3; returns the error messages of each card. */
    public static List<List<String>> validate(List<JsonNode> cards) {
        ArrayNode input = JSON.createArrayNode();
        cards.forEach(input::add);
        List<List<String>> errors = new ArrayList<>();
        for (JsonNode result : run("validate.mjs", input)) {
            List<String> messages = new ArrayList<>();
            result.get("errors").forEach(message -> messages.add(message.asText()));
            errors.add(messages);
        }
        return errors;
    }

    /** Asserts that a card parses without validation errors, declares version 1.5 or lower and fits in 28 KB. */
    public static void assertValidTeamsCard(String name, JsonNode card) {
        assertValidTeamsCards(Map.of(name, card));
    }

    /** {@link #assertValidTeamsCard} for many cards at once (one validator run), reporting every failing card. */
    public static void assertValidTeamsCards(Map<String, ? extends JsonNode> cards) {
        List<String> names = List.copyOf(cards.keySet());
        List<List<String>> errors =
                validate(names.stream().<JsonNode>map(cards::get).toList());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            JsonNode card = cards.get(name);
            softly.assertThat(withoutTeamsOnly(card, errors.get(i)))
                    .as("validation errors of %s", name)
                    .isEmpty();
            softly.assertThat(card.path("version").asText(""))
                    .as("version of %s", name)
                    .matches("1\\.[0-5]");
            softly.assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length)
                    .as("size of %s in bytes", name)
                    .isLessThanOrEqualTo(MAX_CARD_BYTES);
        }
        softly.assertAll();
    }

    /**
     * The validator's messages minus those about Teams features it does not know (see docs/cards-catalogue.md): an
     * unknown {@code Chart.*} element when every chart of the card has a fallback, and an empty {@code Input.ChoiceSet}
     * once for each people picker whose choices come from a {@code Data.Query}.
     */
    static List<String> withoutTeamsOnly(JsonNode card, List<String> errors) {
        List<JsonNode> charts = elements(card, type -> type.startsWith("Chart."));
        boolean chartsFallBack =
                charts.stream().allMatch(c -> c.path("fallback").isObject());
        long peoplePickers = elements(card, "Input.ChoiceSet"::equals).stream()
                .filter(c -> c.path("choices").isEmpty()
                        && "Data.Query"
                                .equals(c.path("choices.data").path("type").asText()))
                .count();
        List<String> left = new ArrayList<>();
        for (String error : errors) {
            if (chartsFallBack && error.matches("UnknownElementType: Unknown element type \"Chart\\.\\w+\".*")) {
                continue;
            }
            if (peoplePickers > 0 && error.equals(EMPTY_CHOICE_SET)) {
                peoplePickers--;
                continue;
            }
            left.add(error);
        }
        return left;
    }

    private static List<JsonNode> elements(JsonNode node, java.util.function.Predicate<String> type) {
        List<JsonNode> found = new ArrayList<>();
        if (node.isObject() && type.test(node.path("type").asText(""))) {
            found.add(node);
        }
        node.elements().forEachRemaining(child -> found.addAll(elements(child, type)));
        return found;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static JsonNode run(String script, JsonNode input) {
        try {
            Process process = new ProcessBuilder("node", script)
                    .directory(TOOLING.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(JSON.writeValueAsBytes(input));
            }
            byte[] output = process.getInputStream().readAllBytes();
            int exit = process.waitFor();
            assertThat(exit).as("exit code of node %s", script).isZero();
            return JSON.readTree(output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running node " + script, e);
        }
    }

    private static boolean nodeRuns() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
