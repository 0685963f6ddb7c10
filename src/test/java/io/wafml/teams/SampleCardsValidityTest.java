package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.cards.OfficialCards;
import io.wafml.checklist.Category;
import io.wafml.checklist.ChecklistLoader;
import io.wafml.checklist.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every card the bot can produce, generated as {@code cards render} does for both languages, is a valid Teams card
 * (official {@code adaptivecards} validator, schema 1.5 or lower, at most 28 KB) and no kind of card is missing.
 */
class SampleCardsValidityTest {

    private static final Pattern HTML_TAG = Pattern.compile("<(?!/?at>)[^<>\\s][^<>]*>");

    private static Map<Language, Map<String, ObjectNode>> cards;

    @BeforeAll
    static void render() {
        cards = CardsCommand.render(List.of(Language.values()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySampleCardIsAValidTeamsCard(Language language) {
        OfficialCards.assumeAvailable();

        OfficialCards.assertValidTeamsCards(cards.get(language));

        Map<String, Integer> largest = new TreeMap<>();
        cards.get(language).forEach((name, card) -> largest.merge(kind(name), CardsCommand.bytes(card), Math::max));
        System.out.printf(
                "%d %s cards, largest per kind in bytes: %s%n",
                cards.get(language).size(), language, largest);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTemplateIsRenderedAtLeastOnce(Language language) throws IOException {
        assertThat(templates())
                .allSatisfy(template -> assertThat(cards.get(language).keySet())
                        .anySatisfy(name -> assertThat(name.equals(template) || name.startsWith(template + "-"))
                                .isTrue()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCategoryHasTheChannelTheMemberAndTheFinishedView(Language language) {
        List<Category> categories = ChecklistLoader.shipped().pillars().stream()
                .flatMap(p -> p.categories().stream())
                .toList();

        assertThat(categories).hasSize(35).allSatisfy(category -> {
            String name = "pillar-items-" + category.id();
            assertThat(inputValues(card(language, name + "-shared")))
                    .isNotEmpty()
                    .allMatch(String::isEmpty);
            assertThat(inputValues(card(language, name + "-member"))).anyMatch(value -> !value.isEmpty());
            assertThat(inputValues(card(language, name + "-finished"))).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRefusalOfTheDomainHasItsOwnText(Language language) {
        List<String> texts = Stream.of(io.wafml.assessment.DomainException.Reason.values())
                .map(reason -> "refusal-"
                        + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .map(name -> card(language, name).toString())
                .toList();

        assertThat(texts).doesNotHaveDuplicates().noneMatch(text -> text.contains("refusal."));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noCardShowsTextThatTeamsWouldTakeForAnHtmlTag(Language language) {
        List<String> texts = new ArrayList<>();
        cards.get(language).values().forEach(card -> collectTexts(card, texts));

        assertThat(texts).isNotEmpty().noneMatch(text -> HTML_TAG.matcher(text).find());
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        node.properties().forEach(field -> {
            if (field.getValue().isTextual()
                    && List.of("text", "value", "title").contains(field.getKey())) {
                texts.add(field.getValue().asText());
            }
        });
        node.elements().forEachRemaining(child -> collectTexts(child, texts));
    }

    private static JsonNode card(Language language, String name) {
        JsonNode card = cards.get(language).get(name);
        assertThat(card).as("sample card %s (%s)", name, language).isNotNull();
        return card;
    }

    private static List<String> inputValues(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.path("type").asText().startsWith("Input.")) {
            values.add(node.path("value").asText(""));
        }
        node.elements().forEachRemaining(child -> values.addAll(inputValues(child)));
        return values;
    }

    private static String kind(String name) {
        return Stream.of("pillar-items", "drilldown", "notice", "refusal", "assessment-started", "reminder-personal")
                .filter(prefix -> name.startsWith(prefix))
                .findFirst()
                .orElse(name);
    }

    private static List<String> templates() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cards"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith(".data.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        }
    }
}
