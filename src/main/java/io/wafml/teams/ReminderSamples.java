package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.Progress;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.Mention;
import io.wafml.cards.view.PersonalReminderView;
import io.wafml.cards.view.ReminderView;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sample channel and personal reminders for the open sample assessment, rendered from their templates with view data
 * mapped here from its {@link Progress}; it stands in for the reminder feature's own samples, and each entry goes once
 * that feature contributes the card itself (a name contributed twice stops the generation).
 */
@Component
class ReminderSamples implements SampleCards {

    private static final int MAX_ITEMS = 10;
    private static final int QUESTION_LENGTH = 90;

    private final TeamsCards cards;
    private final Checklist checklist;

    ReminderSamples(TeamsCards cards, Checklist checklist) {
        this.cards = cards;
        this.checklist = checklist;
    }

    @Override
    public Map<String, ObjectNode> samples(SampleAssessment sample, Language language) {
        Messages m = cards.messages(language);
        Assessment open = sample.open();
        Progress progress = sample.service().progress(open.id());
        String due = open.due().map(AssessmentViews::date).orElse(m.text("common.noDueDate"));
        List<Progress.Outstanding> outstanding = progress.outstanding();
        ReminderView channel = new ReminderView(
                open.id().toString(),
                m.format("reminder.intro", PlainText.of(open.workload()), due),
                outstanding.stream()
                        .map(o -> new ReminderView.MemberRow(
                                Mention.of(o.member().id(), o.member().name()).text(),
                                m.format("reminder.unanswered", o.items().size())))
                        .toList(),
                outstanding.stream()
                        .map(o -> Mention.of(o.member().id(), o.member().name()))
                        .toList());
        Progress.Outstanding most = outstanding.stream()
                .max(Comparator.comparingInt(
                        (Progress.Outstanding o) -> o.items().size()))
                .orElseThrow();
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        samples.put("reminder", cards.render("reminder", language, channel));
        samples.put(
                "reminder-personal",
                cards.render("reminder-personal", language, personal(open, most, due, m, language)));
        return samples;
    }

    private PersonalReminderView personal(
            Assessment open, Progress.Outstanding owed, String due, Messages m, Language language) {
        List<ItemId> shown = owed.items().stream().limit(MAX_ITEMS).toList();
        List<PersonalReminderView.PillarItems> pillars = checklist.pillars().stream()
                .map(p -> pillarItems(p, shown, language))
                .filter(p -> !p.items().isEmpty())
                .toList();
        int more = owed.items().size() - shown.size();
        return new PersonalReminderView(
                open.id().toString(),
                PlainText.of(open.workload()),
                due,
                m.format(
                        "reminder.personalIntro",
                        PlainText.of(owed.member().name()),
                        owed.items().size()),
                pillars,
                more,
                more > 0 ? m.format("reminder.more", more) : "");
    }

    private static PersonalReminderView.PillarItems pillarItems(Pillar pillar, List<ItemId> shown, Language language) {
        return new PersonalReminderView.PillarItems(
                pillar.code(),
                pillar.name().in(language),
                pillar.items().stream()
                        .filter(i -> shown.contains(i.id()))
                        .map(i -> new PersonalReminderView.ItemRef(
                                i.id().value(), PlainText.of(i.question().in(language), QUESTION_LENGTH)))
                        .toList());
    }
}
