package io.wafml.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Unit tests of the plain-text neutralisation of user input. */
class PlainTextTest {

    @Test
    void neutralisesLinksAndImages() {
        assertThat(PlainText.of("see [docs](https://evil.example) ![i](x.png)"))
                .isEqualTo("see ［docs］(https://evil.example) !［i］(x.png)");
    }

    @Test
    void neutralisesEmphasisAndStrikeThrough() {
        assertThat(PlainText.of("**bold** _it_ ~~gone~~ `code`")).isEqualTo("∗∗bold∗∗ ＿it＿ ∼∼gone∼∼ ｀code｀");
    }

    @Test
    void neutralisesHeadingsListsAndQuotesAtLineStart() {
        assertThat(PlainText.of("# Title\n- one\n  + two\n12. three\n> quote\na - b 3. c"))
                .isEqualTo("＃ Title\n‐ one\n  ＋ two\n12． three\n＞ quote\na - b 3. c");
    }

    @Test
    void neutralisesMentionTagsAndHtml() {
        assertThat(PlainText.of("<at>Everyone</at> <b>hi</b>")).isEqualTo("＜at＞Everyone＜/at＞ ＜b＞hi＜/b＞");
    }

    @Test
    void trimsNormalisesNewlinesAndRemovesControlCharacters() {
        assertThat(PlainText.of("  a\r\nb\rc\u0000\u0007d\t \n")).isEqualTo("a\nb\ncd");
    }

    @Test
    void keepsJapaneseTextAndTemplateMarkersAsTheyAre() {
        assertThat(PlainText.of("信頼性は ${十分} です $5")).isEqualTo("信頼性は ${十分} です $5");
    }

    @Test
    void limitsLengthInCodePointsWithAnEllipsis() {
        assertThat(PlainText.of("abcdefgh", 5)).isEqualTo("abcd…");
        assertThat(PlainText.of("🚀🚀🚀🚀", 3)).isEqualTo("🚀🚀…");
        assertThat(PlainText.of("abc", 3)).isEqualTo("abc");
        assertThat(PlainText.of("x".repeat(600)))
                .hasSize(PlainText.DEFAULT_MAX_LENGTH)
                .endsWith("…");
    }

    @Test
    void turnsNullIntoEmptyTextAndRejectsANonPositiveLimit() {
        assertThat(PlainText.of(null)).isEmpty();
        assertThatThrownBy(() -> PlainText.of("a", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
