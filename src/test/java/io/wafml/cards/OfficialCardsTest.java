package io.wafml.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which validator messages the Teams card check lets through, and only where Teams supports the feature. */
class OfficialCardsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHART =
            "UnknownElementType: Unknown element type \"Chart.VerticalBar\". Fallback will" + " be used if present.";
    private static final String EMPTY =
            "CollectionCantBeEmpty: An Input.ChoiceSet must have at least one choice defined.";

    @Test
    void acceptsAChartOnlyWhenItHasAFallback() throws Exception {
        JsonNode withFallback = JSON.readTree(
                "{\"body\":[{\"type\":\"Chart.VerticalBar\",\"fallback\":{\"type\":\"Container\",\"items\":[]}}]}");
        JsonNode without = JSON.readTree("{\"body\":[{\"type\":\"Chart.VerticalBar\"}]}");

        assertThat(OfficialCards.withoutTeamsOnly(withFallback, List.of(CHART))).isEmpty();
        assertThat(OfficialCards.withoutTeamsOnly(without, List.of(CHART))).containsExactly(CHART);
    }

    @Test
    void acceptsOneEmptyChoiceSetPerPeoplePicker() throws Exception {
        JsonNode card = JSON.readTree("{\"body\":["
                + "{\"type\":\"Input.ChoiceSet\",\"choices\":[],\"choices.data\":{\"type\":\"Data.Query\"}},"
                + "{\"type\":\"Input.ChoiceSet\",\"choices\":[]}]}");

        assertThat(OfficialCards.withoutTeamsOnly(card, List.of(EMPTY, EMPTY))).containsExactly(EMPTY);
    }

    @Test
    void keepsEveryOtherMessage() throws Exception {
        JsonNode card = JSON.readTree("{\"body\":[{\"type\":\"TextBlock\",\"text\":\"x\"}]}");

        assertThat(OfficialCards.withoutTeamsOnly(card, List.of("InvalidPropertyValue: bad size")))
                .containsExactly("InvalidPropertyValue: bad size");
    }
}
