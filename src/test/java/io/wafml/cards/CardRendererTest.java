package io.wafml.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wafml.cards.template.TemplateException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests of loading templates from the classpath and rendering typed data. */
class CardRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Pillar(String name, double score, int answered, int total) {}

    record Score(String workload, double overall, List<Pillar> pillars, LocalDate due) {}

    @Test
    void loadsEveryTemplateOfAFolderButNotTheSampleData() {
        assertThat(new CardRenderer("cards-fixtures").templateNames()).containsExactlyInAnyOrder("item-list", "score");
    }

    @Test
    void rendersRecordsByTheirAccessorNames() {
        CardRenderer renderer = new CardRenderer("cards-fixtures", List.of("score"));
        Score score = new Score("Fraud v2", 42.5, List.of(new Pillar("Cost", 37.5, 4, 8)), LocalDate.of(2026, 1, 31));

        JsonNode card = renderer.render("score", score);

        assertThat(card.at("/body/0/text").asText()).isEqualTo("Fraud v2: At risk");
        assertThat(card.at("/body/1/columns/0/items/1/text").asText()).isEqualTo("37.5% (4/8)");
    }

    @Test
    void rendersMapsAndWritesDatesAsIsoText() {
        CardRenderer renderer = new CardRenderer("cards-fixtures", List.of("item-list"));
        Map<String, Object> data = Map.of("title", LocalDate.of(2026, 3, 1), "score", 50, "items", List.of());

        JsonNode card = renderer.render("item-list", data);

        assertThat(card.at("/body/0/text").asText()).isEqualTo("2026-03-01");
        assertThat(card.at("/body/2/text").asText()).isEqualTo("Nothing to answer.");
    }

    @Test
    void refusesAnUnknownTemplateName() {
        CardRenderer renderer = new CardRenderer("cards-fixtures");

        assertThatThrownBy(() -> renderer.render("nope", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void failsFastNamingABrokenTemplate() {
        assertThatThrownBy(() -> new CardRenderer("cards-broken"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("bad")
                .hasMessageContaining("unsupported function 'utcNow'");
    }

    @Test
    void rendersEveryProjectTemplateWithItsSampleData() throws Exception {
        CardRenderer renderer = new CardRenderer();
        for (String name : renderer.templateNames()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("cards/" + name + ".data.json")) {
                assertThat(in).as("sample data of %s", name).isNotNull();
                assertThat(renderer.render(name, JSON.readTree(in)).path("type").asText())
                        .isEqualTo("AdaptiveCard");
            }
        }
    }
}
