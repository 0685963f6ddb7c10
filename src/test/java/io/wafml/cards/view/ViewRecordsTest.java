package io.wafml.cards.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ViewRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void drawsTenCellTextBarsRoundedToTheNearestCell() {
        assertThat(TextBar.of(50)).isEqualTo("█████░░░░░ 50");
        assertThat(TextBar.of(0)).isEqualTo("░░░░░░░░░░ 0");
        assertThat(TextBar.of(100)).isEqualTo("██████████ 100");
        assertThat(TextBar.of(85)).isEqualTo("█████████░ 85");
        assertThat(TextBar.of(1, 3)).isEqualTo("███░░░░░░░ 33");
        assertThat(TextBar.of(0, 0)).isEqualTo("░░░░░░░░░░ 0");
        assertThatThrownBy(() -> TextBar.of(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mentionTextMatchesTheMentionedName() {
        assertThat(Mention.of("29:abc", "Aiko Tanaka").text()).isEqualTo("<at>Aiko Tanaka</at>");
        assertThatThrownBy(() -> new Mention("<at>Ben</at>", "29:abc", "Aiko"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionalTextsBecomeEmptyAndAnswersAreChecked() {
        var item = new PillarItemsView.ItemRow("RE-01", "Question?", null, null, null, null, null, null);

        assertThat(item.guidance()).isEmpty();
        assertThat(item.links()).isEmpty();
        assertThat(item.choice()).isEmpty();
        assertThatThrownBy(() -> new PillarItemsView.ItemRow("RE-01", "Q", "", List.of(), "maybe", "", "", ""))
                .hasMessageContaining("maybe");
    }

    @Test
    void rejectsMoreRefreshUsersThanTeamsRefreshes() {
        List<String> users =
                IntStream.rangeClosed(1, 61).mapToObj(i -> "29:" + i).toList();

        assertThatThrownBy(() -> itemsView(users)).hasMessageContaining("60");
        assertThat(itemsView(users.subList(0, 60)).refreshUserIds()).hasSize(60);
    }

    @Test
    void rejectsReminderRowsWithoutAMentionEntity() {
        var row = new ReminderView.MemberRow("<at>Ben</at>", "2 unanswered");

        assertThatThrownBy(() -> new ReminderView("a-1", "", List.of(row), List.of(Mention.of("29:a", "Aiko"))))
                .hasMessageContaining("<at>Ben</at>");
        assertThat(new ReminderView("a-1", "", List.of(row), List.of(Mention.of("29:b", "Ben"))).members())
                .containsExactly(row);
    }

    @Test
    void rejectsMoreGapsThanTheScoreCardBudgetAllows() {
        Gap gap = new Gap("Security", "SE-01", "Q", "No", Tone.ATTENTION, "", List.of());
        List<Gap> gaps = Collections.nCopies(ScoreCardView.MAX_GAPS + 1, gap);

        assertThatThrownBy(() -> new ScoreCardView(
                        "a-1",
                        "W",
                        "",
                        "",
                        "",
                        "",
                        "50",
                        "",
                        Tone.DEFAULT,
                        "",
                        List.of(),
                        List.of(),
                        List.of(),
                        gaps,
                        0,
                        "",
                        List.of()))
                .hasMessageContaining("gaps");
    }

    @Test
    void writesCardStyleAndColourNamesAndReadsThemBack() throws Exception {
        var notice = NoticeView.of("Sorry", "Only the facilitator can finish.", NoticeView.Style.ATTENTION);

        assertThat(JSON.valueToTree(notice).path("style").asText()).isEqualTo("attention");
        assertThat(JSON.writeValueAsString(Tone.GOOD)).isEqualTo("\"Good\"");
        assertThat(JSON.readValue("\"Warning\"", Tone.class)).isEqualTo(Tone.WARNING);
    }

    @Test
    void rejectsAnsweredCountsAboveTheTotalAndLinksThatAreNotWeb() {
        assertThatThrownBy(() -> new StatusView.MemberProgress("Ann", 4, 3, "", false))
                .hasMessageContaining("exceeds");
        assertThatThrownBy(() -> new LinkRow("Docs", "javascript:alert(1)")).hasMessageContaining("http");
    }

    private static PillarItemsView itemsView(List<String> users) {
        return new PillarItemsView(
                "a-1",
                "W",
                "RE",
                "Reliability",
                "RE-model",
                "Model Design",
                "",
                1,
                1,
                "",
                "",
                List.of(),
                "",
                false,
                users,
                List.of());
    }
}
