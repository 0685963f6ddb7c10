package io.wafml.report;

import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.AssessmentResult.ItemResult;
import io.wafml.assessment.AssessmentResult.PillarResult;
import io.wafml.assessment.AssessmentResult.Response;
import io.wafml.cards.Messages;
import io.wafml.checklist.Item;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes the result as Markdown for a wiki: summary, scores per pillar, improvement plan, then every answer. */
final class MarkdownReport {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()<>#+!|~])");
    private static final Pattern BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private MarkdownReport() {}

    static byte[] write(ResultReport report) {
        StringBuilder md = new StringBuilder();
        Messages m = report.messages();
        AssessmentResult result = report.result();
        md.append("# ")
                .append(m.format("export.title", text(result.workload())))
                .append("\n\n");
        summary(md, report, m);
        pillars(md, report, m);
        gaps(md, report, m);
        disagreements(md, report, m);
        participation(md, result, m);
        items(md, report, m);
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void summary(StringBuilder md, ResultReport report, Messages m) {
        AssessmentResult r = report.result();
        row(md, m.text("export.assessmentId"), r.assessmentId().toString());
        row(
                md,
                m.text("history.status"),
                m.text("history.statusValue."
                        + report.assessment().status().name().toLowerCase(java.util.Locale.ROOT)));
        row(
                md,
                m.text("common.finishedOn"),
                r.finishedAt() == null ? "" : r.finishedAt().toString());
        row(
                md,
                m.text("common.checklist"),
                report.checklist().title().in(report.language()) + " ("
                        + report.assessment().checklistVersion() + ")");
        row(md, m.text("export.overall"), score(r.overall(), report.labelText(r.overallLabel())));
        if (r.comparison() != null) {
            row(
                    md,
                    m.text("export.previous"),
                    score(r.comparison().previousOverall(), "") + " → "
                            + signed(r.comparison().overallChange()));
        }
        md.append('\n');
    }

    private static void pillars(StringBuilder md, ResultReport report, Messages m) {
        md.append("## ").append(m.text("score.pillarsTitle")).append("\n\n");
        md.append("| ")
                .append(m.text("common.pillar"))
                .append(" | ")
                .append(m.text("common.score"))
                .append(" | ")
                .append(m.text("common.coverage"))
                .append(" | ")
                .append(m.text("score.high"))
                .append(" | ")
                .append(m.text("score.medium"))
                .append(" | ")
                .append(m.text("score.unknown"))
                .append(" | ")
                .append(m.text("score.unanswered"))
                .append(" |\n|---|---|---|---|---|---|---|\n");
        for (PillarResult p : report.result().pillars()) {
            Pillar pillar = report.pillar(p.code());
            md.append("| ")
                    .append(text(pillar.name().in(report.language())))
                    .append(" (")
                    .append(p.code())
                    .append(") | ")
                    .append(score(p.score(), report.labelText(p.label())))
                    .append(" | ")
                    .append(p.answered())
                    .append('/')
                    .append(p.items())
                    .append(" | ")
                    .append(p.risks().high())
                    .append(" | ")
                    .append(p.risks().medium())
                    .append(" | ")
                    .append(p.risks().unknown())
                    .append(" | ")
                    .append(p.risks().unanswered())
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void gaps(StringBuilder md, ResultReport report, Messages m) {
        md.append("## ").append(m.text("export.gapsTitle")).append("\n\n");
        if (report.result().gaps().isEmpty()) {
            md.append(m.text("score.noGaps")).append("\n\n");
            return;
        }
        Language language = report.language();
        for (AssessmentResult.Gap gap : report.result().gaps()) {
            Item item = report.item(gap.item());
            md.append("- **")
                    .append(gap.item())
                    .append("** (")
                    .append(report.choiceText(gap.consolidated()))
                    .append(") ")
                    .append(text(item.question().in(language)))
                    .append('\n');
            if (item.guidance() != null) {
                md.append("  - ").append(text(item.guidance().in(language))).append('\n');
            }
            item.links()
                    .forEach(l -> md.append("  - [")
                            .append(text(l.text().in(language)))
                            .append("](")
                            .append(l.url())
                            .append(")\n"));
        }
        md.append('\n');
    }

    private static void disagreements(StringBuilder md, ResultReport report, Messages m) {
        if (report.result().disagreements().isEmpty()) {
            return;
        }
        md.append("## ").append(m.text("score.disagreementsTitle")).append("\n\n");
        for (AssessmentResult.Disagreement d : report.result().disagreements()) {
            md.append("- **")
                    .append(d.item())
                    .append("** ")
                    .append(text(report.item(d.item()).question().in(report.language())))
                    .append(": ")
                    .append(d.responses().stream().map(r -> response(report, r)).collect(Collectors.joining("; ")))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void participation(StringBuilder md, AssessmentResult result, Messages m) {
        md.append("## ").append(m.text("score.participationTitle")).append("\n\n");
        result.participation()
                .forEach(p -> md.append("- ")
                        .append(text(p.respondent().name()))
                        .append(": ")
                        .append(m.format("score.answeredOpen", p.answered()))
                        .append('\n'));
        md.append('\n');
    }

    private static void items(StringBuilder md, ResultReport report, Messages m) {
        md.append("## ").append(m.text("export.itemsTitle")).append("\n\n");
        md.append("| ")
                .append(m.text("export.item"))
                .append(" | ")
                .append(m.text("export.question"))
                .append(" | ")
                .append(m.text("export.consolidated"))
                .append(" | ")
                .append(m.text("export.answers"))
                .append(" |\n|---|---|---|---|\n");
        for (ItemResult i : report.result().items()) {
            md.append("| ")
                    .append(i.item())
                    .append(" | ")
                    .append(text(report.item(i.item()).question().in(report.language())))
                    .append(" | ")
                    .append(report.choiceText(i.consolidated()))
                    .append(" | ")
                    .append(i.responses().stream().map(r -> response(report, r)).collect(Collectors.joining("<br>")))
                    .append(" |\n");
        }
    }

    private static String response(ResultReport report, Response r) {
        Messages m = report.messages();
        StringBuilder s =
                new StringBuilder(text(r.respondent().name())).append(": ").append(report.choiceText(r.choice()));
        if (r.reason() != null) {
            s.append(" (")
                    .append(m.text("export.reason"))
                    .append(": ")
                    .append(text(r.reason()))
                    .append(')');
        }
        if (r.note() != null) {
            s.append(" (")
                    .append(m.text("export.note"))
                    .append(": ")
                    .append(text(r.note()))
                    .append(')');
        }
        return s.toString();
    }

    private static void row(StringBuilder md, String title, String value) {
        md.append("- **").append(title).append("**: ").append(value).append('\n');
    }

    private static String score(Double value, String label) {
        String number = value == null ? "-" : ResultReport.number(value);
        return label.isEmpty() ? number : number + " " + label;
    }

    static String signed(Double change) {
        if (change == null) {
            return "-";
        }
        return (change > 0 ? "+" : "") + ResultReport.number(change);
    }

    /** Text as literal Markdown on one line: markup characters escaped, line breaks as spaces. */
    static String text(String value) {
        String oneLine = BREAKS.matcher(value == null ? "" : value.strip()).replaceAll(" ");
        return SPECIAL.matcher(oneLine).replaceAll("\\\\$1");
    }
}
