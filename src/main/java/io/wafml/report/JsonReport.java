package io.wafml.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.AssessmentResult.ItemResult;
import io.wafml.assessment.AssessmentResult.PillarResult;
import io.wafml.assessment.AssessmentResult.Response;
import io.wafml.assessment.Choice;
import io.wafml.assessment.Member;
import io.wafml.assessment.ScoreLabel;
import io.wafml.checklist.Item;
import java.time.Instant;
import java.util.Locale;

/** Writes the full result as JSON: the assessment, scores, every item with every respondent's answer, and the plan. */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    static byte[] write(ResultReport report) {
        AssessmentResult r = report.result();
        Assessment a = report.assessment();
        ObjectNode root = JSON.createObjectNode();
        root.put("assessmentId", a.id().toString());
        root.put("workload", a.workload());
        root.put("status", a.status().name().toLowerCase(Locale.ROOT));
        root.put("language", a.language().tag());
        root.putObject("facilitator")
                .put("id", a.facilitator().id())
                .put("name", a.facilitator().name());
        root.put("checklistId", a.checklistId());
        root.put("checklistVersion", a.checklistVersion());
        root.put("policy", r.policy().name().toLowerCase(Locale.ROOT));
        root.put("createdAt", a.createdAt().toString());
        root.put("finishedAt", text(r.finishedAt()));
        root.set("overall", score(r.overall(), r.overallLabel(), report));
        ArrayNode pillars = root.putArray("pillars");
        r.pillars().forEach(p -> pillars.add(pillar(p, report)));
        ArrayNode items = root.putArray("items");
        r.items().forEach(i -> items.add(item(i, report)));
        ArrayNode disagreements = root.putArray("disagreements");
        r.disagreements().forEach(d -> disagreements.add(d.item().value()));
        ArrayNode gaps = root.putArray("gaps");
        r.gaps()
                .forEach(g -> gaps.addObject()
                        .put("itemId", g.item().value())
                        .put("pillar", g.pillarCode())
                        .put("consolidated", g.consolidated().wire()));
        ArrayNode participation = root.putArray("participation");
        r.participation().forEach(p -> participation.add(member(p.respondent()).put("answered", p.answered())));
        root.set("comparison", comparison(r.comparison()));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The result of " + a.id() + " cannot be written as JSON", e);
        }
    }

    private static ObjectNode pillar(PillarResult p, ResultReport report) {
        ObjectNode node = JSON.createObjectNode();
        node.put("code", p.code());
        node.put("name", report.pillar(p.code()).name().in(report.language()));
        node.setAll(score(p.score(), p.label(), report));
        node.put("items", p.items());
        node.put("answered", p.answered());
        node.put("coverage", p.coverage());
        node.putObject("risks")
                .put("high", p.risks().high())
                .put("medium", p.risks().medium())
                .put("unknown", p.risks().unknown())
                .put("unanswered", p.risks().unanswered());
        return node;
    }

    private static ObjectNode item(ItemResult i, ResultReport report) {
        Item item = report.item(i.item());
        ObjectNode node = JSON.createObjectNode();
        node.put("itemId", i.item().value());
        node.put("pillar", i.pillarCode());
        node.put("question", item.question().in(report.language()));
        node.put("guidance", item.guidance() == null ? null : item.guidance().in(report.language()));
        ArrayNode links = node.putArray("links");
        item.links()
                .forEach(l -> links.addObject()
                        .put("title", l.text().in(report.language()))
                        .put("url", l.url().toString()));
        node.put("consolidated", wire(i.consolidated()));
        ArrayNode responses = node.putArray("responses");
        for (Response response : i.responses()) {
            responses.add(member(response.respondent())
                    .put("answer", wire(response.choice()))
                    .put("note", response.note())
                    .put("reason", response.reason()));
        }
        return node;
    }

    private static ObjectNode score(Double score, ScoreLabel label, ResultReport report) {
        ObjectNode node = JSON.createObjectNode();
        node.put("score", score);
        node.put("label", label == null ? null : label.name().toLowerCase(Locale.ROOT));
        node.put("labelText", report.labelText(label));
        return node;
    }

    private static ObjectNode comparison(AssessmentResult.Comparison c) {
        if (c == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("previousId", c.previousId().toString());
        node.put("previousFinishedAt", text(c.previousFinishedAt()));
        node.put("previousOverall", c.previousOverall());
        node.put("overallChange", c.overallChange());
        ArrayNode pillars = node.putArray("pillars");
        c.pillars()
                .forEach(p -> pillars.addObject()
                        .put("code", p.code())
                        .put("previous", p.previous())
                        .put("current", p.current())
                        .put("change", p.change()));
        return node;
    }

    private static ObjectNode member(Member member) {
        return JSON.createObjectNode().put("respondentId", member.id()).put("respondentName", member.name());
    }

    private static String wire(Choice choice) {
        return choice == null ? null : choice.wire();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
