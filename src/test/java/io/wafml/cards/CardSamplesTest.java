package io.wafml.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.cards.view.AssessmentStartedView;
import io.wafml.cards.view.DrilldownView;
import io.wafml.cards.view.HelpView;
import io.wafml.cards.view.HistoryView;
import io.wafml.cards.view.NoticeView;
import io.wafml.cards.view.PersonalReminderView;
import io.wafml.cards.view.PillarItemsView;
import io.wafml.cards.view.ReminderView;
import io.wafml.cards.view.RolesView;
import io.wafml.cards.view.ScoreCardView;
import io.wafml.cards.view.StatusView;
import io.wafml.cards.view.WelcomeView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CardSamplesTest {

    static final Path CARDS = Path.of("cards");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern IDENTIFIER =
            Pattern.compile("(?<![.\\w$])(?:\\$root\\.)?([A-Za-z_][A-Za-z0-9_]*)(?![\\w(])(?!\\s*\\()");

    private static final Map<String, Class<? extends Record>> VIEWS = Map.ofEntries(
            Map.entry("welcome", WelcomeView.class),
            Map.entry("help", HelpView.class),
            Map.entry("notice", NoticeView.class),
            Map.entry("assessment-started", AssessmentStartedView.class),
            Map.entry("roles", RolesView.class),
            Map.entry("pillar-items", PillarItemsView.class),
            Map.entry("status", StatusView.class),
            Map.entry("reminder", ReminderView.class),
            Map.entry("reminder-personal", PersonalReminderView.class),
            Map.entry("score-card", ScoreCardView.class),
            Map.entry("drilldown", DrilldownView.class),
            Map.entry("history", HistoryView.class));

    static Set<String> templateNames() throws IOException {
        try (Stream<Path> files = Files.list(CARDS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith(".data.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .collect(Collectors.toSet());
        }
    }

    private static Set<String> referencedFields(String template) {
        Set<String> names = new HashSet<>();
        Matcher expression = EXPRESSION.matcher(template);
        while (expression.find()) {
            String code = QUOTED.matcher(expression.group(1)).replaceAll("''");
            Matcher identifier = IDENTIFIER.matcher(code);
            while (identifier.find()) {
                names.add(identifier.group(1));
            }
        }
        names.removeAll(Set.of("t", "true", "false", "null"));
        return names;
    }

    private static void collectFieldNames(JsonNode node, Set<String> names) {
        node.properties().forEach(e -> names.add(e.getKey()));
        node.elements().forEachRemaining(child -> collectFieldNames(child, names));
    }

    static JsonNode read(String fileName) throws IOException {
        return JSON.readTree(Files.readString(CARDS.resolve(fileName)));
    }

    @Test
    void everyTemplateHasSampleDataAndAViewRecord() throws IOException {
        Set<String> names = templateNames();

        assertThat(names).containsExactlyInAnyOrderElementsOf(VIEWS.keySet());
        assertThat(names)
                .allSatisfy(n -> assertThat(CARDS.resolve(n + ".data.json")).isRegularFile());
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void everyFieldATemplateReadsExistsInItsSampleData(String name) throws IOException {
        ObjectNode sample = (ObjectNode) read(name + ".data.json");
        sample.remove("t");
        Set<String> fields = new HashSet<>();
        collectFieldNames(sample, fields);

        assertThat(referencedFields(Files.readString(CARDS.resolve(name + ".json"))))
                .allSatisfy(field -> assertThat(fields).contains(field));
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void sampleDataRoundTripsThroughItsViewRecord(String name) throws IOException {
        ObjectNode sample = (ObjectNode) read(name + ".data.json");
        sample.remove("t");

        Record view = JSON.treeToValue(sample, VIEWS.get(name));

        assertThat((JsonNode) JSON.valueToTree(view)).isEqualTo(sample);
    }
}
