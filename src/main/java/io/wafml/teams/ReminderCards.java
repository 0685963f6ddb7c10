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
import io.wafml.checklist.Item;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders the reminder cards: the channel reminder mentioning every member, and a member's personal list. */
@Component
class ReminderCards {

    static final int MAX_LISTED_ITEMS = 20;
    private static final int MAX_QUESTION = 120;

    private final TeamsCards cards;
    private final Checklist checklist;

    ReminderCards(TeamsCards cards, Checklist checklist) {
        this.cards = cards;
        this.checklist = checklist;
    }

    /** The channel message: each member mentioned with their unanswered count. */
    ObjectNode channel(Assessment assessment, List<Progress.Outstanding> members) {
        Language language = assessment.language();
        Messages m = cards.messages(language);
        List<Mention> mentions = members.stream()
                .map(o -> Mention.of(o.member().id(), o.member().name()))
                .toList();
        List<ReminderView.MemberRow> rows = members.stream()
                .map(o -> new ReminderView.MemberRow(
                        Mention.of(o.member().id(), o.member().name()).text(),
                        m.format("reminder.unanswered", o.items().size())))
                .toList();
        return cards.render(
                "reminder",
                language,
                new ReminderView(
                        assessment.id().toString(),
                        m.format("reminder.intro", PlainText.of(assessment.workload()), dueText(assessment, m)),
                        rows,
                        mentions));
    }

    /** The 1:1 message: the member's unanswered items per pillar (the first {@value #MAX_LISTED_ITEMS}). */
    ObjectNode personal(Assessment assessment, Progress.Outstanding outstanding) {
        Language language = assessment.language();
        Messages m = cards.messages(language);
        Map<Pillar, List<PersonalReminderView.ItemRef>> byPillar = new LinkedHashMap<>();
        for (ItemId id : outstanding
                .items()
                .subList(0, Math.min(MAX_LISTED_ITEMS, outstanding.items().size()))) {
            Pillar pillar = checklist.pillarOf(id).orElseThrow();
            Item item = checklist.findItem(id).orElseThrow();
            byPillar.computeIfAbsent(pillar, p -> new ArrayList<>())
                    .add(new PersonalReminderView.ItemRef(
                            id.value(), shorten(item.question().in(language))));
        }
        int more = outstanding.items().size()
                - Math.min(MAX_LISTED_ITEMS, outstanding.items().size());
        return cards.render(
                "reminder-personal",
                language,
                new PersonalReminderView(
                        assessment.id().toString(),
                        PlainText.of(assessment.workload()),
                        dueText(assessment, m),
                        m.format(
                                "reminder.personalIntro",
                                PlainText.of(outstanding.member().name()),
                                outstanding.items().size()),
                        byPillar.entrySet().stream()
                                .map(e -> new PersonalReminderView.PillarItems(
                                        e.getKey().code(), e.getKey().name().in(language), e.getValue()))
                                .toList(),
                        more,
                        more > 0 ? m.format("reminder.more", more) : ""));
    }

    private static String dueText(Assessment assessment, Messages m) {
        return assessment.due().map(AssessmentViews::date).orElse(m.text("common.noDueDate"));
    }

    private static String shorten(String question) {
        return question.length() <= MAX_QUESTION ? question : question.substring(0, MAX_QUESTION - 1) + "…";
    }
}
