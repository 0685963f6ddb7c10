package io.wafml.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CardTextsTest {

    private static final Pattern TEXT_KEY = Pattern.compile("\\$root\\.t\\.([A-Za-z0-9_.]+)");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final Set<String> ALLOWED_FUNCTIONS = Set.of(
            "if",
            "not",
            "and",
            "or",
            "equals",
            "count",
            "length",
            "concat",
            "join",
            "formatNumber",
            "string",
            "int",
            "float",
            "toUpper",
            "toLower",
            "exists",
            "empty",
            "substring",
            "min",
            "max",
            "add",
            "sub",
            "mul",
            "div",
            "greater",
            "less",
            "greaterOrEquals",
            "lessOrEquals");
    private static final Set<String> TEXT_PROPERTIES = Set.of("text", "title", "label", "placeholder");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(flatten(CardSamplesTest.read("i18n/ja.json")).keySet())
                .containsExactlyInAnyOrderElementsOf(
                        flatten(CardSamplesTest.read("i18n/en.json")).keySet());
    }

    @ParameterizedTest
    @MethodSource("io.wafml.cards.CardSamplesTest#templateNames")
    void everyTextATemplateReadsExistsInBothLanguages(String name) throws IOException {
        String template = Files.readString(CardSamplesTest.CARDS.resolve(name + ".json"));
        List<String> keys = new ArrayList<>();
        Matcher m = TEXT_KEY.matcher(template);
        while (m.find()) {
            keys.add(m.group(1));
        }

        assertThat(flatten(CardSamplesTest.read("i18n/en.json")).keySet()).containsAll(keys);
        assertThat(flatten(CardSamplesTest.read("i18n/ja.json")).keySet()).containsAll(keys);
    }

    @ParameterizedTest
    @MethodSource("io.wafml.cards.CardSamplesTest#templateNames")
    void sampleTextsAreTheEnglishTexts(String name) throws IOException {
        Map<String, String> sample =
                flatten(CardSamplesTest.read(name + ".data.json").path("t"));

        assertThat(flatten(CardSamplesTest.read("i18n/en.json"))).containsAllEntriesOf(sample);
        assertThat(flatten(CardSamplesTest.read("i18n/ja.json")).keySet()).containsAll(sample.keySet());
    }

    @ParameterizedTest
    @MethodSource("io.wafml.cards.CardSamplesTest#templateNames")
    void templatesUseOnlyTheAgreedExpressionFunctions(String name) throws IOException {
        String template = Files.readString(CardSamplesTest.CARDS.resolve(name + ".json"));
        List<String> functions = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(template);
        while (expression.find()) {
            Matcher function = FUNCTION.matcher(expression.group(1));
            while (function.find()) {
                functions.add(function.group(1));
            }
        }

        assertThat(functions).allSatisfy(f -> assertThat(ALLOWED_FUNCTIONS).contains(f));
    }

    @ParameterizedTest
    @MethodSource("io.wafml.cards.CardSamplesTest#templateNames")
    void templatesDeclareSchemaVersionOneFiveAndHoldNoLiteralText(String name) throws IOException {
        JsonNode template = CardSamplesTest.read(name + ".json");
        List<String> literals = new ArrayList<>();
        collectLiteralTexts(template, literals);

        assertThat(template.path("version").asText()).isEqualTo("1.5");
        assertThat(template.path("$schema").asText()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        assertThat(literals).isEmpty();
    }

    private static void collectLiteralTexts(JsonNode node, List<String> literals) {
        node.properties().forEach(e -> {
            JsonNode value = e.getValue();
            if (value.isTextual() && TEXT_PROPERTIES.contains(e.getKey())) {
                String text = value.textValue();
                if (!text.contains("${") && text.chars().anyMatch(Character::isLetter)) {
                    literals.add(text);
                }
            }
        });
        node.elements().forEachRemaining(child -> collectLiteralTexts(child, literals));
    }

    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        node.properties().forEach(e -> {
            if (e.getValue().isObject()) {
                flatten(prefix + e.getKey() + ".", e.getValue(), out);
            } else {
                out.put(prefix + e.getKey(), e.getValue().asText());
            }
        });
    }
}
