package io.wafml.report;

import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.AssessmentResult.ItemResult;
import io.wafml.assessment.AssessmentResult.PillarResult;
import io.wafml.assessment.AssessmentResult.Response;
import io.wafml.checklist.Item;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the result as CSV (RFC 4180: CRLF line ends, fields quoted when needed, UTF-8 with a byte order mark so Excel
 * reads Japanese): one row per item and respondent (one row with empty respondent columns for an unanswered item), with
 * the item's consolidated answer and the pillar and overall scores in every row.
 */
final class CsvReport {

    static final List<String> HEADER = List.of(
            "assessment_id",
            "workload",
            "pillar",
            "pillar_name",
            "category",
            "item_id",
            "question",
            "respondent_id",
            "respondent_name",
            "answer",
            "note",
            "reason",
            "consolidated",
            "disagreement",
            "pillar_score",
            "overall_score");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvReport() {}

    static byte[] write(ResultReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        AssessmentResult result = report.result();
        Map<String, PillarResult> pillars =
                result.pillars().stream().collect(Collectors.toMap(PillarResult::code, Function.identity()));
        Set<String> disagreements =
                result.disagreements().stream().map(d -> d.item().value()).collect(Collectors.toSet());
        for (ItemResult item : result.items()) {
            List<Response> responses = item.responses().isEmpty() ? null : item.responses();
            if (responses == null) {
                line(csv, row(report, item, null, pillars, disagreements));
            } else {
                responses.forEach(r -> line(csv, row(report, item, r, pillars, disagreements)));
            }
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static List<String> row(
            ResultReport report,
            ItemResult item,
            Response response,
            Map<String, PillarResult> pillars,
            Set<String> disagreements) {
        Item checklistItem = report.item(item.item());
        String category = report.checklist().pillars().stream()
                .flatMap(p -> p.categories().stream())
                .filter(c -> c.items().contains(checklistItem))
                .map(c -> c.id())
                .findFirst()
                .orElse("");
        List<String> row = new ArrayList<>();
        row.add(report.assessment().id().toString());
        row.add(userText(report.result().workload()));
        row.add(item.pillarCode());
        row.add(report.pillar(item.pillarCode()).name().in(report.language()));
        row.add(category);
        row.add(item.item().value());
        row.add(checklistItem.question().in(report.language()));
        row.add(response == null ? "" : userText(response.respondent().id()));
        row.add(response == null ? "" : userText(response.respondent().name()));
        row.add(response == null ? "" : response.choice().wire());
        row.add(response == null ? "" : userText(response.note()));
        row.add(response == null ? "" : userText(response.reason()));
        row.add(item.consolidated() == null ? "" : item.consolidated().wire());
        row.add(disagreements.contains(item.item().value()) ? "yes" : "no");
        row.add(ResultReport.number(pillars.get(item.pillarCode()).score()));
        row.add(ResultReport.number(report.result().overall()));
        return row;
    }

    /**
     * User text with a leading {@code '} when it starts like a spreadsheet formula ({@code = + - @}, tab, carriage
     * return), so opening the file cannot run it.
     */
    static String userText(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
