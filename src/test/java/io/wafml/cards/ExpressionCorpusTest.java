package io.wafml.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.cards.template.CardTemplate;
import io.wafml.cards.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every expression of the corpus gives the same JSON in the Java engine and in the official engine. */
class ExpressionCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCorpusExpressionMatchesTheOfficialEngine() throws IOException {
        OfficialCards.assumeAvailable();
        JsonNode data = JSON.readTree(resource("expressions.data.json"));
        List<String> expressions = expressions();
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(150);
        List<OfficialCards.Case> cases = new ArrayList<>();
        for (String expression : expressions) {
            ObjectNode template = JSON.createObjectNode();
            template.put("whole", "${" + expression + "}");
            template.put("text", "<${" + expression + "}>");
            cases.add(new OfficialCards.Case(template, data));
        }
        List<JsonNode> official = OfficialCards.expand(cases);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String java = javaResult(cases.get(i).template(), data);
            String expected = official.get(i).path("ok").asBoolean()
                    ? official.get(i).get("card").toString()
                    : "ERROR";
            if (!java.equals(expected)) {
                mismatches.add(expressions.get(i) + "  java=" + java + "  official=" + expected);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyTemplateCaseMatchesTheOfficialEngine() throws IOException {
        OfficialCards.assumeAvailable();
        List<OfficialCards.Case> cases = new ArrayList<>();
        for (JsonNode item : JSON.readTree(resource("templates.json"))) {
            cases.add(new OfficialCards.Case(item.get("template"), item.get("data")));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        List<JsonNode> official = OfficialCards.expand(cases);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String java = javaResult(cases.get(i).template(), cases.get(i).data());
            String expected = official.get(i).path("ok").asBoolean()
                    ? official.get(i).get("card").toString()
                    : "ERROR";
            if (!java.equals(expected)) {
                mismatches.add(cases.get(i).template() + "  java=" + java + "  official=" + expected);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static String javaResult(JsonNode template, JsonNode data) {
        try {
            return CardTemplate.parse("corpus", template.toString())
                    .expand(data)
                    .toString();
        } catch (TemplateException e) {
            return "ERROR";
        }
    }

    private static List<String> expressions() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : resource("expressions.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExpressionCorpusTest.class.getResourceAsStream("/expressions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
