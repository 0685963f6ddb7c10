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
import org.junit.jupiter.api.Assumptions;

/** Runs the official Adaptive Cards engine and validator (Node scripts in src/test/node) from the Java tests. */
public final class OfficialCards {

    /** One template expansion request. */
    public record Case(JsonNode template, JsonNode data) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TOOLING = Path.of("src", "test", "node");
    private static final int MAX_CARD_BYTES = 28 * 1024;

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
        assertThat(validate(List.of(card)).get(0))
                .as("validation errors of %s", name)
                .isEmpty();
        String version = card.path("version").asText("");
        assertThat(version).as("version of %s", name).matches("1\\.[0-5]");
        assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length)
                .as("size of %s in bytes", name)
                .isLessThanOrEqualTo(MAX_CARD_BYTES);
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
