package io.wafml.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wafml.checklist.Language;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages english = Messages.load(CardSamplesTest.CARDS, Language.EN);
    private final Messages japanese = Messages.load(CardSamplesTest.CARDS, Language.JA);

    @Test
    void looksUpNestedKeysInTheRequestedLanguage() {
        assertThat(english.text("choice.partial")).isEqualTo("Partially");
        assertThat(japanese.text("choice.partial")).isEqualTo("一部");
        assertThat(japanese.language()).isEqualTo(Language.JA);
    }

    @Test
    void formatsPositionalArgumentsInTheOrderTheLanguageNeeds() {
        assertThat(english.format("items.progress", 2, 3, "Aiko, Ben"))
                .isEqualTo("Answered by 2 of 3 assignees: Aiko, Ben");
        assertThat(japanese.format("items.progress", 2, 3, "Aiko, Ben")).isEqualTo("担当者 3 人中 2 人が回答済み: Aiko, Ben");
    }

    @Test
    void keepsApostrophesAndBracesThatAreNotPlaceholders() throws Exception {
        Messages messages = Messages.of(Language.EN, new ObjectMapper().readTree("{\"a\":\"Don't {x} {} {0}'s {1}\"}"));

        assertThat(messages.format("a", "Ann", "{0}")).isEqualTo("Don't {x} {} Ann's {0}");
    }

    @Test
    void rejectsMissingKeysAndMissingArguments() {
        assertThat(english.has("choice.maybe")).isFalse();
        assertThatThrownBy(() -> english.text("choice.maybe")).hasMessageContaining("choice.maybe");
        assertThatThrownBy(() -> english.text("choice")).hasMessageContaining("No en text");
        assertThatThrownBy(() -> english.format("items.progress", 1)).hasMessageContaining("{1}");
    }

    @Test
    void givesTheRendererACopyOfTheWholeTree() {
        var tree = english.tree();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("choice");

        assertThat(english.tree().path("status").path("title").asText()).isEqualTo("Assessment status");
        assertThat(english.has("choice.yes")).isTrue();
    }
}
