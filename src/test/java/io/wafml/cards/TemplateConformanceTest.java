package io.wafml.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.cards.template.CardTemplate;
import io.wafml.cards.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every template (test fixtures and cards/) expands identically in the Java and the official engine, and is valid. */
class TemplateConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NASTY = List.of(
            "日本語のテキスト",
            "quote \" and ' apostrophe",
            "back\\slash \\n",
            "cost $5 and ${name} and ${",
            "✅🚀 emoji",
            "line one\nline two",
            "",
            "x".repeat(3000),
            "[link](https://example.com) **bold** <at>Bob</at>");

    @Test
    void templatesExpandLikeTheOfficialEngineWithSampleAndEdgeCaseData() throws IOException {
        OfficialCards.assumeAvailable();
        List<OfficialCards.Case> cases = new ArrayList<>();
        for (Path template : templates()) {
            JsonNode sample = JSON.readTree(dataFile(template).toFile());
            cases.add(new OfficialCards.Case(JSON.readTree(template.toFile()), sample));
            for (String text : NASTY) {
                cases.add(new OfficialCards.Case(JSON.readTree(template.toFile()), replaceStrings(sample, text)));
            }
            cases.add(new OfficialCards.Case(JSON.readTree(template.toFile()), emptyLists(sample)));
            cases.add(new OfficialCards.Case(JSON.readTree(template.toFile()), replaceStrings(sample, null)));
        }
        List<JsonNode> official = OfficialCards.expand(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(javaResult(cases.get(i)))
                    .as("case %d with data %s", i, cases.get(i).data())
                    .isEqualTo(
                            official.get(i).path("ok").asBoolean()
                                    ? official.get(i).get("card")
                                    : JSON.nullNode());
        }
    }

    @Test
    void everySampleCardIsAValidTeamsCard() throws IOException {
        OfficialCards.assumeAvailable();
        for (Path template : templates()) {
            JsonNode card = CardTemplate.parse(template.toString(), Files.readString(template))
                    .expand(JSON.readTree(dataFile(template).toFile()));
            OfficialCards.assertValidTeamsCard(template.getFileName().toString(), card);
        }
    }

    private static JsonNode javaResult(OfficialCards.Case c) {
        try {
            return CardTemplate.parse("case", c.template().toString()).expand(c.data());
        } catch (TemplateException e) {
            return JSON.nullNode();
        }
    }

    static List<Path> templates() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/cards-fixtures"), Path.of("cards"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> p.toString().endsWith(".json")
                                    && !p.toString().endsWith(".data.json"))
                            .sorted()
                            .forEach(all::add);
                }
            }
        }
        return all;
    }

    private static Path dataFile(Path template) {
        return template.resolveSibling(template.getFileName().toString().replace(".json", ".data.json"));
    }

    private static JsonNode replaceStrings(JsonNode node, String text) {
        if (node.isTextual()) {
            return text == null ? JSON.nullNode() : JSON.getNodeFactory().textNode(text);
        }
        JsonNode copy = node.deepCopy();
        if (copy.isObject()) {
            ((ObjectNode) copy)
                    .fieldNames()
                    .forEachRemaining(name -> ((ObjectNode) copy).set(name, replaceStrings(node.get(name), text)));
        } else if (copy.isArray()) {
            for (int i = 0; i < copy.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, replaceStrings(node.get(i), text));
            }
        }
        return copy;
    }

    private static JsonNode emptyLists(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        node.fieldNames().forEachRemaining(name -> {
            if (node.get(name).isArray()) {
                copy.putArray(name);
            } else if (node.get(name).isNumber()) {
                copy.putNull(name);
            }
        });
        return copy;
    }
}
