package io.wafml.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wafml.assessment.Answer;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.Choice;
import io.wafml.assessment.Fixtures;
import io.wafml.assessment.Member;
import io.wafml.assessment.Scoring;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.ItemId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultReportFormatsTest {

    static final String NOTE = "Line one, \"quoted\"\nline two";
    static final String FORMULA = "=HYPERLINK(\"http://example.com\")";

    private final Checklist checklist = Fixtures.checklist();
    private final Assessment assessment = Fixtures.assessment();
    private final List<Answer> answers = List.of(
            answer("OE-01", Fixtures.ALICE, Choice.YES, NOTE, null),
            answer("OE-01", Fixtures.BOB, Choice.NO, FORMULA, null),
            answer("OE-02", Fixtures.ALICE, Choice.PARTIAL, null, null),
            answer("SE-01", Fixtures.ALICE, Choice.NOT_APPLICABLE, null, "No GPUs | none planned"),
            answer("CO-01", Fixtures.CAROL, Choice.YES, null, null));
    private final ResultReport report =
            new ResultReport(assessment, Scoring.score(checklist, assessment, answers, Optional.empty()), checklist);

    @Test
    void writesCsvWithAByteOrderMarkCrlfLinesAndOneRowPerItemAndRespondent() {
        byte[] bytes = report.render(ExportFormat.CSV);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<List<String>> rows = Csv.parse(text);
        assertThat(rows.get(0)).isEqualTo(CsvReport.HEADER);
        assertThat(rows).hasSize(1 + 8);
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> r.get(5) + "/" + r.get(8) + "/" + r.get(9) + "/" + r.get(12))
                .containsExactly(
                        "OE-01/Alice/yes/no",
                        "OE-01/Bob/no/no",
                        "OE-02/Alice/partial/partial",
                        "OE-03///",
                        "SE-01/Alice/na/na",
                        "SE-02///",
                        "CO-01/Carol/yes/yes",
                        "CO-02///");
        assertThat(rows.get(1).get(10)).isEqualTo(NOTE);
        assertThat(rows.get(1).get(13)).isEqualTo("yes");
        assertThat(rows.get(1).get(14)).isEqualTo("25");
        assertThat(rows.get(1).get(15)).isEqualTo("62.5");
        assertThat(rows.get(5).get(11)).isEqualTo("No GPUs | none planned");
        assertThat(rows.get(5).get(14)).isEmpty();
    }

    @Test
    void neutralisesSpreadsheetFormulasInUserText() {
        List<List<String>> rows = Csv.parse(csvText());

        assertThat(rows.get(2).get(10)).isEqualTo("'" + FORMULA);
        assertThat(CsvReport.userText("-1")).isEqualTo("'-1");
        assertThat(CsvReport.userText("plain")).isEqualTo("plain");
        assertThat(CsvReport.field("a\"b")).isEqualTo("\"a\"\"b\"");
    }

    @Test
    void writesTheFullResultAsJson() throws IOException {
        JsonNode json = new ObjectMapper().readTree(report.render(ExportFormat.JSON));

        assertThat(json.path("assessmentId").asText()).isEqualTo(assessment.id().toString());
        assertThat(json.path("overall").path("score").asDouble()).isEqualTo(62.5);
        assertThat(json.path("overall").path("label").asText()).isEqualTo("good");
        assertThat(json.path("pillars").get(0).path("score").asDouble()).isEqualTo(25.0);
        assertThat(json.path("pillars").get(1).path("score").isNull()).isTrue();
        JsonNode first = json.path("items").get(0);
        assertThat(first.path("itemId").asText()).isEqualTo("OE-01");
        assertThat(first.path("consolidated").asText()).isEqualTo("no");
        assertThat(first.path("responses").get(0).path("respondentName").asText())
                .isEqualTo("Alice");
        assertThat(first.path("responses").get(0).path("note").asText()).isEqualTo(NOTE);
        assertThat(first.path("responses").get(1).path("note").asText()).isEqualTo(FORMULA);
        assertThat(json.path("items")
                        .get(3)
                        .path("responses")
                        .get(0)
                        .path("reason")
                        .asText())
                .isEqualTo("No GPUs | none planned");
        assertThat(json.path("disagreements").toString()).isEqualTo("[\"OE-01\"]");
        assertThat(json.path("gaps").findValuesAsText("itemId")).containsExactly("OE-01", "OE-02");
        assertThat(json.path("comparison").isNull()).isTrue();
    }

    @Test
    void writesMarkdownWithUserTextEscapedOnOneLine() {
        String md = new String(report.render(ExportFormat.MD), StandardCharsets.UTF_8);

        assertThat(md)
                .startsWith("# Well-Architected assessment: Fraud model\n")
                .contains("| OE pillar (OE) | 25 At risk | 2/3 | 1 | 1 | 0 | 1 |")
                .contains("Alice: Yes (note: Line one, \"quoted\" line two)")
                .contains("Alice: Not applicable (reason: No GPUs \\| none planned)")
                .contains("- **OE-01** (No) Question OE-01")
                .contains("  - Guidance OE-01");
    }

    private String csvText() {
        byte[] bytes = report.render(ExportFormat.CSV);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private Answer answer(String item, Member who, Choice choice, String note, String reason) {
        return new Answer(assessment.id(), new ItemId(item), who, choice, note, reason, Fixtures.NOW);
    }
}
