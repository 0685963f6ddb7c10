package io.wafml.report;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.Choice;
import io.wafml.assessment.ScoreLabel;
import io.wafml.cards.CardRenderer;
import io.wafml.cards.Messages;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Item;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Everything an export file shows: the assessment, its scored result and the checklist it was answered against. */
public record ResultReport(Assessment assessment, AssessmentResult result, Checklist checklist) {

    private static final Map<Language, Messages> MESSAGES = new ConcurrentHashMap<>();

    public ResultReport {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(checklist, "checklist");
    }

    /** The report of an assessment; NOT_FOUND from the service when there is none. */
    public static ResultReport load(AssessmentService service, AssessmentId id) {
        return new ResultReport(service.get(id), service.result(id), service.checklist());
    }

    /** The export file of this report in a format. */
    public byte[] render(ExportFormat format) {
        return switch (format) {
            case MD -> MarkdownReport.write(this);
            case CSV -> CsvReport.write(this);
            case JSON -> JsonReport.write(this);
        };
    }

    Language language() {
        return assessment.language();
    }

    Messages messages() {
        return MESSAGES.computeIfAbsent(language(), l -> Messages.fromClasspath(CardRenderer.DEFAULT_FOLDER, l));
    }

    Item item(ItemId id) {
        return checklist.findItem(id).orElseThrow(() -> new IllegalStateException("No item " + id));
    }

    Pillar pillar(String code) {
        return checklist.findPillar(code).orElseThrow(() -> new IllegalStateException("No pillar " + code));
    }

    String choiceText(Choice choice) {
        return choice == null ? messages().text("score.unanswered") : messages().text("choice." + choice.wire());
    }

    String labelText(ScoreLabel label) {
        return label == null ? messages().text("score.label.none") : label.text(language());
    }

    /** A score as shown: {@code 85}, {@code 37.5}, or empty when there is none. */
    static String number(Double value) {
        return value == null
                ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
