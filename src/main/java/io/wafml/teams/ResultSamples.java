package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.Choice;
import io.wafml.assessment.Member;
import io.wafml.assessment.Role;
import io.wafml.assessment.ScoreLabel;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.DrilldownView;
import io.wafml.cards.view.Gap;
import io.wafml.cards.view.HistoryView;
import io.wafml.cards.view.LinkRow;
import io.wafml.cards.view.ScoreCardView;
import io.wafml.cards.view.TextBar;
import io.wafml.cards.view.Tone;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Item;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sample score card, pillar drill-downs and history, rendered from their templates with view data mapped here from
 * the sample's {@link AssessmentResult}; it stands in for the result feature's own samples, and each entry goes once
 * that feature contributes the card itself (a name contributed twice stops the generation).
 */
@Component
class ResultSamples implements SampleCards {

    private static final int GAPS_PER_PAGE = 10;

    private final TeamsCards cards;
    private final Checklist checklist;

    ResultSamples(TeamsCards cards, Checklist checklist) {
        this.cards = cards;
        this.checklist = checklist;
    }

    @Override
    public Map<String, ObjectNode> samples(SampleAssessment sample, Language language) {
        Messages m = cards.messages(language);
        AssessmentResult result = sample.service().result(sample.finished().id());
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        samples.put("score-card", cards.render("score-card", language, scoreCard(sample, result, m, language)));
        for (Pillar pillar : checklist.pillars()) {
            samples.put(
                    "drilldown-" + pillar.code(),
                    cards.render("drilldown", language, drilldown(sample, result, pillar, m, language)));
        }
        samples.put("history", cards.render("history", language, history(sample, m)));
        return samples;
    }

    private ScoreCardView scoreCard(SampleAssessment sample, AssessmentResult result, Messages m, Language language) {
        List<Gap> gaps = gaps(result, null, m, language);
        String id = result.assessmentId().toString();
        return new ScoreCardView(
                id,
                PlainText.of(result.workload()),
                date(sample.finished()),
                m.format(
                        "score.reason.facilitator",
                        PlainText.of(sample.facilitator().name())),
                checklist.title().in(language),
                checklist.version(),
                score(result.overall()),
                label(result.overallLabel(), m),
                tone(result.overallLabel()),
                result.comparison() == null || result.comparison().overallChange() == null
                        ? ""
                        : m.format("score.change", signed(result.comparison().overallChange())),
                result.pillars().stream()
                        .map(p -> pillarScore(result, p, m, language))
                        .toList(),
                result.participation().stream()
                        .map(p -> new ScoreCardView.Participant(
                                PlainText.of(p.respondent().name()),
                                m.format("score.answered", p.answered(), assignedItems(sample, p.respondent()))))
                        .toList(),
                result.disagreements().stream()
                        .limit(ScoreCardView.MAX_DISAGREEMENTS)
                        .map(d -> new ScoreCardView.Disagreement(
                                d.item().value(),
                                question(d.item().value(), language),
                                d.responses().stream()
                                        .map(r -> PlainText.of(r.respondent().name()) + ": "
                                                + m.text("choice." + r.choice().wire()))
                                        .collect(Collectors.joining(", "))))
                        .toList(),
                gaps.stream().limit(ScoreCardView.MAX_GAPS).toList(),
                Math.max(0, gaps.size() - ScoreCardView.MAX_GAPS),
                gaps.size() > ScoreCardView.MAX_GAPS
                        ? m.format("score.moreGaps", gaps.size() - ScoreCardView.MAX_GAPS)
                        : "",
                List.of(
                        new LinkRow(m.text("score.export.md"), "https://bot.example.com/exports/" + id + ".md"),
                        new LinkRow(m.text("score.export.csv"), "https://bot.example.com/exports/" + id + ".csv")));
    }

    private ScoreCardView.PillarScore pillarScore(
            AssessmentResult result, AssessmentResult.PillarResult p, Messages m, Language language) {
        int score = p.score() == null ? 0 : (int) Math.round(p.score());
        String change = result.comparison() == null
                ? ""
                : result.comparison().pillars().stream()
                        .filter(c -> c.code().equals(p.code()) && c.change() != null)
                        .map(c -> signed(c.change()))
                        .findFirst()
                        .orElse("");
        return new ScoreCardView.PillarScore(
                p.code(),
                checklist.findPillar(p.code()).orElseThrow().name().in(language),
                score,
                score(p.score()),
                label(p.label(), m),
                tone(p.label()),
                p.answered(),
                p.items(),
                p.risks().high(),
                p.risks().medium(),
                p.risks().unknown(),
                p.risks().unanswered(),
                change,
                TextBar.of(score));
    }

    private DrilldownView drilldown(
            SampleAssessment sample, AssessmentResult result, Pillar pillar, Messages m, Language language) {
        AssessmentResult.PillarResult p = result.pillars().stream()
                .filter(r -> r.code().equals(pillar.code()))
                .findFirst()
                .orElseThrow();
        List<Gap> gaps = gaps(result, pillar.code(), m, language);
        int shown = Math.min(GAPS_PER_PAGE, gaps.size());
        int pages = Math.max(1, (gaps.size() + GAPS_PER_PAGE - 1) / GAPS_PER_PAGE);
        return new DrilldownView(
                result.assessmentId().toString(),
                PlainText.of(sample.finished().workload()),
                pillar.code(),
                pillar.name().in(language),
                score(p.score()),
                label(p.label(), m),
                p.answered(),
                p.items(),
                p.risks().high(),
                p.risks().medium(),
                p.risks().unknown(),
                p.risks().unanswered(),
                gaps.subList(0, shown),
                1,
                pages,
                gaps.isEmpty() ? "" : m.format("drilldown.page", 1, shown, gaps.size()));
    }

    private HistoryView history(SampleAssessment sample, Messages m) {
        Assessment open = sample.open();
        List<HistoryView.Entry> entries = new java.util.ArrayList<>();
        entries.add(new HistoryView.Entry(
                sample.started().id().toString(),
                date(sample.started()),
                PlainText.of(sample.started().workload()),
                m.text("history.statusValue.open"),
                m.text("history.noScore")));
        entries.add(new HistoryView.Entry(
                open.id().toString(),
                date(open),
                PlainText.of(open.workload()),
                m.text("history.statusValue.open"),
                m.text("history.noScore")));
        for (Assessment done : sample.service().history(open.roleScope())) {
            entries.add(new HistoryView.Entry(
                    done.id().toString(),
                    date(done),
                    PlainText.of(done.workload()),
                    m.text("history.statusValue." + done.status().name().toLowerCase(Locale.ROOT)),
                    score(sample.service().result(done.id()).overall())));
        }
        return new HistoryView(entries);
    }

    /** The items a member was asked to answer: those of their pillars and of the pillars open to everyone. */
    private int assignedItems(SampleAssessment sample, Member member) {
        List<Role> roles = sample.roles();
        return checklist.pillars().stream()
                .filter(p -> {
                    var assignees = sample.finished().assignees(p.code(), roles);
                    return assignees.isEmpty() || assignees.contains(member);
                })
                .mapToInt(p -> p.items().size())
                .sum();
    }

    /** The gaps, most severe first (No, Don't know, Partially), the weakest pillar first within each. */
    private List<Gap> gaps(AssessmentResult result, String pillarCode, Messages m, Language language) {
        Map<String, Double> pillarScores = result.pillars().stream()
                .collect(Collectors.toMap(
                        AssessmentResult.PillarResult::code, p -> p.score() == null ? 0.0 : p.score()));
        return result.gaps().stream()
                .filter(g -> pillarCode == null || g.pillarCode().equals(pillarCode))
                .sorted(Comparator.comparingInt(
                                (AssessmentResult.Gap g) -> g.consolidated().step())
                        .thenComparingDouble(g -> pillarScores.get(g.pillarCode())))
                .map(g -> {
                    Item item = checklist.findItem(g.item()).orElseThrow();
                    return new Gap(
                            checklist
                                    .findPillar(g.pillarCode())
                                    .orElseThrow()
                                    .name()
                                    .in(language),
                            g.item().value(),
                            item.question().in(language),
                            m.text("choice." + g.consolidated().wire()),
                            g.consolidated() == Choice.NO ? Tone.ATTENTION : Tone.WARNING,
                            item.guidance() == null ? "" : item.guidance().in(language),
                            item.links().stream()
                                    .map(l -> new LinkRow(
                                            l.text().in(language), l.url().toString()))
                                    .toList());
                })
                .toList();
    }

    private String question(String itemId, Language language) {
        return checklist.items().stream()
                .filter(i -> i.id().value().equals(itemId))
                .findFirst()
                .orElseThrow()
                .question()
                .in(language);
    }

    private static String date(Assessment assessment) {
        return AssessmentViews.date(
                LocalDate.ofInstant(assessment.closedAt().orElse(assessment.createdAt()), assessment.zone()));
    }

    private static String score(Double score) {
        return score == null ? "-" : String.valueOf(Math.round(score));
    }

    private static String signed(double change) {
        long rounded = Math.round(change);
        return rounded > 0 ? "+" + rounded : rounded == 0 ? "±0" : String.valueOf(rounded);
    }

    private static String label(ScoreLabel label, Messages m) {
        String key = label == null
                ? "none"
                : switch (label) {
                    case STRONG -> "strong";
                    case GOOD -> "good";
                    case NEEDS_WORK -> "fair";
                    case AT_RISK -> "weak";
                };
        return m.text("score.label." + key);
    }

    private static Tone tone(ScoreLabel label) {
        if (label == null) {
            return Tone.DEFAULT;
        }
        return switch (label) {
            case STRONG, GOOD -> Tone.GOOD;
            case NEEDS_WORK -> Tone.WARNING;
            case AT_RISK -> Tone.ATTENTION;
        };
    }
}
