package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Answer;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.Member;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sample cards of the assessment flow: welcome, help, started (new and assigned), roles, every category's items card
 * (channel view, a member's view with answers and notes, the read-only view of a finished run), and status.
 */
@Component
class TeamsSamples implements SampleCards {

    private final HelpCards help;
    private final AssessmentViews views;
    private final TeamsCards cards;
    private final ItemsCards items;
    private final StatusCards status;
    private final Checklist checklist;

    TeamsSamples(
            HelpCards help,
            AssessmentViews views,
            TeamsCards cards,
            ItemsCards items,
            StatusCards status,
            Checklist checklist) {
        this.help = help;
        this.views = views;
        this.cards = cards;
        this.items = items;
        this.status = status;
        this.checklist = checklist;
    }

    @Override
    public Map<String, ObjectNode> samples(SampleAssessment sample, Language language) {
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        samples.put("welcome", help.welcome(language));
        samples.put("help", help.help(language));
        samples.put("assessment-started", started(sample, sample.started(), language));
        samples.put("assessment-started-assigned", started(sample, sample.open(), language));
        samples.put("roles", cards.render("roles", language, views.roles(sample.roles(), sample.open(), language)));
        for (Pillar pillar : checklist.pillars()) {
            for (Category category : pillar.categories()) {
                samples.putAll(itemCards(sample, pillar, category, language));
            }
        }
        samples.put(
                "status",
                status.card(
                        sample.open(), sample.service().progress(sample.open().id()), sample.roles(), language));
        return samples;
    }

    private ObjectNode started(SampleAssessment sample, Assessment assessment, Language language) {
        return cards.render("assessment-started", language, views.started(assessment, sample.roles(), language));
    }

    private Map<String, ObjectNode> itemCards(
            SampleAssessment sample, Pillar pillar, Category category, Language language) {
        String name = "pillar-items-" + category.id();
        var open =
                new ItemsCards.Subject(sample.open(), pillar, category, sample.roles(), sample.answers(sample.open()));
        var finished = new ItemsCards.Subject(
                sample.finished(), pillar, category, sample.roles(), sample.answers(sample.finished()));
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        samples.put(name + "-shared", items.shared(open, language));
        samples.put(name + "-member", items.personal(open, mostAnswers(open, category), 1, language));
        samples.put(name + "-finished", items.personal(finished, mostAnswers(finished, category), 1, language));
        return samples;
    }

    /** The respondent with the most answers in the category (the facilitator when nobody answered). */
    private static Member mostAnswers(ItemsCards.Subject subject, Category category) {
        Set<String> ids = category.items().stream().map(i -> i.id().value()).collect(Collectors.toSet());
        Map<Member, Long> counts = subject.answers().stream()
                .filter(a -> ids.contains(a.item().value()))
                .collect(Collectors.groupingBy(Answer::respondent, Collectors.counting()));
        List<Member> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<Member, Long>comparingByValue()
                        .reversed()
                        .thenComparing(e -> e.getKey().name()))
                .map(Map.Entry::getKey)
                .toList();
        return ranked.isEmpty() ? subject.assessment().facilitator() : ranked.get(0);
    }
}
