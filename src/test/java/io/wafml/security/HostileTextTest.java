package io.wafml.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.ConversationKey;
import io.wafml.teams.Fixtures;
import io.wafml.teams.Fixtures.TestMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * User text with markdown links, images, headings, lists and {@code <at>} mentions (workload, role and member names,
 * notes and reasons) is shown as plain text on every card: no link, no extra mention, no extra element survives.
 */
class HostileTextTest extends SecurityEndToEndTest {

    private static final String LINK = "[click](https://e.vil/x)";
    private static final Pattern HEADING = Pattern.compile("(?m)^#");
    private static final Pattern AT = Pattern.compile("<at>(.*?)</at>");
    private static final Set<String> INPUTS = Set.of("Input.Text", "Input.ChoiceSet", "Input.Date");

    @Test
    void showsHostileUserTextAsPlainTextOnEveryCard() {
        Map<String, JsonNode> benign = cards(
                "19:benign@thread.tacv2",
                "Fraud model",
                "Security engineer",
                new TestMember("Ada Lovelace", "29:benign-ada", "00000000-0000-0000-0000-0000000000b1"),
                "Owned by the platform team");
        Map<String, JsonNode> hostile = cards(
                "19:hostile@thread.tacv2",
                LINK + " <at>Megan Bowen</at> **b** ![i](https://e.vil/i.png)",
                "[r](https://e.vil)<at>x</at>*",
                new TestMember(
                        "Eve</at> " + LINK + " <at>Admin", "29:hostile-eve", "00000000-0000-0000-0000-0000000000b2"),
                LINK + "\n# heading\n- item <at>Adele Vance</at>\n1. one ```code```");

        assertThat(hostile.keySet()).containsExactlyElementsOf(benign.keySet());
        assertThat(elementTypes(hostile.get("readOnly"))).contains("FactSet");
        assertThat(hostile.get("items").path("msteams").path("entities")).isNotEmpty();
        hostile.forEach((name, card) -> {
            assertThat(shownTexts(card))
                    .as("texts of the %s card", name)
                    .noneMatch(t -> t.contains("](https://e.vil")
                            || t.contains("![")
                            || t.contains("**")
                            || HEADING.matcher(t).find());
            assertThat(unknownMentions(card))
                    .as("mentions of the %s card", name)
                    .isEmpty();
            assertThat(elementTypes(card))
                    .as("elements of the %s card", name)
                    .isEqualTo(elementTypes(benign.get(name)));
        });
    }

    /** The cards a flow shows: started, roles, status, the member's items card, and its read-only view. */
    private Map<String, JsonNode> cards(String channel, String workload, String role, TestMember member, String note) {
        Map<String, JsonNode> cards = new java.util.LinkedHashMap<>();
        bot.post(message(channel, "start " + workload));
        cards.put("started", lastCard());
        bot.post(message(channel, "role " + role + " @", member));
        cards.put("roles", lastCard());
        bot.post(message(channel, "assign Security " + role));
        cards.put("assigned", lastCard());
        AssessmentId id = service.current(new ConversationKey(TENANT, channel), Optional.empty())
                .orElseThrow()
                .id();
        ObjectNode answer = answer(channel, id, securityCategory(), "na", note);
        securityCategory()
                .items()
                .forEach(item -> ((ObjectNode)
                                answer.path("value").path("action").path("data"))
                        .put("reason-" + item.id(), note));
        cards.put("items", bot.post(Fixtures.from(answer, member)).json().path("value"));
        bot.post(message(channel, "status"));
        cards.put("status", lastCard());
        bot.post(message(channel, "cancel"));
        cards.put("cancelled", lastCard());
        ObjectNode data = JSON.createObjectNode();
        data.put("assessmentId", id.toString());
        data.put("categoryId", securityCategory().id());
        cards.put(
                "readOnly",
                bot.post(Fixtures.from(inChannel(Fixtures.cardAction("refreshItems", data), channel), member))
                        .json()
                        .path("value"));
        return cards;
    }

    /** The texts a card shows as markdown: TextBlocks, facts and titles (inputs show their values as typed). */
    private static List<String> shownTexts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        collectShown(card, texts);
        return texts;
    }

    /** The {@code <at>} mentions in shown texts that no {@code msteams.entities} mention declares. */
    private static List<String> unknownMentions(JsonNode card) {
        Set<String> declared = new java.util.HashSet<>();
        card.path("msteams")
                .path("entities")
                .forEach(e -> declared.add(e.path("text").asText()));
        declared.forEach(d -> assertThat(d.substring(4, d.length() - 5)).doesNotContain("<", ">", "[", "]"));
        List<String> unknown = new ArrayList<>();
        for (String text : shownTexts(card)) {
            Matcher matcher = AT.matcher(text);
            while (matcher.find()) {
                if (!declared.contains(matcher.group())) {
                    unknown.add(matcher.group());
                }
            }
        }
        return unknown;
    }

    private static void collectShown(JsonNode node, List<String> texts) {
        if (INPUTS.contains(node.path("type").asText())) {
            return;
        }
        if (node.isObject()) {
            for (String field : List.of("text", "value", "title")) {
                if (node.path(field).isTextual()) {
                    texts.add(node.path(field).asText());
                }
            }
        }
        node.elements().forEachRemaining(child -> collectShown(child, texts));
    }

    private static List<String> elementTypes(JsonNode card) {
        List<String> types = new ArrayList<>();
        walk(card, node -> types.add(node.path("type").asText()));
        return types.stream().filter(t -> !t.isEmpty()).collect(Collectors.toList());
    }

    private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
        }
        node.elements().forEachRemaining(child -> walk(child, visit));
    }
}
