package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Answer;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.Member;
import io.wafml.assessment.Role;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.LinkRow;
import io.wafml.cards.view.Mention;
import io.wafml.cards.view.PillarItemsView;
import io.wafml.checklist.Category;
import io.wafml.checklist.Item;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Renders one category's items card: the shared view posted in the channel (progress only) and each member's own
 * view (their saved answers filled in), split into pages if a member's long notes would push it past 28 KB.
 */
@Component
class ItemsCards {

    static final int MAX_CARD_BYTES = 28 * 1024;

    private final TeamsCards cards;
    private final AssessmentViews views;

    ItemsCards(TeamsCards cards, AssessmentViews views) {
        this.cards = cards;
        this.views = views;
    }

    /** What a card of one category is about: the assessment, where the category sits, and everyone's answers. */
    record Subject(Assessment assessment, Pillar pillar, Category category, List<Role> roles, List<Answer> answers) {}

    /** The card everybody sees in the channel. */
    ObjectNode shared(Subject subject, Language language) {
        return render(subject, Optional.empty(), 1, language);
    }

    /** The card as one member sees it, with their answers; {@code page} counts from 1. */
    ObjectNode personal(Subject subject, Member viewer, int page, Language language) {
        return render(subject, Optional.of(viewer), page, language);
    }

    private ObjectNode render(Subject s, Optional<Member> viewer, int page, Language language) {
        Messages m = cards.messages(language);
        Map<String, Answer> mine = viewer.map(v -> s.answers().stream()
                        .filter(a -> a.respondent().equals(v))
                        .collect(Collectors.toMap(a -> a.item().value(), Function.identity(), (a, b) -> b)))
                .orElse(Map.of());
        List<PillarItemsView.ItemRow> rows = s.category().items().stream()
                .map(i -> row(i, mine.get(i.id().value()), !s.assessment().isOpen(), m, language))
                .toList();
        ObjectNode whole = cards.render("pillar-items", language, view(s, rows, 1, 1, m, language));
        if (fits(whole)) {
            return whole;
        }
        List<List<PillarItemsView.ItemRow>> pages = paginate(s, rows, m, language);
        int index = Math.max(1, Math.min(page, pages.size()));
        return cards.render("pillar-items", language, view(s, pages.get(index - 1), index, pages.size(), m, language));
    }

    private List<List<PillarItemsView.ItemRow>> paginate(
            Subject s, List<PillarItemsView.ItemRow> rows, Messages m, Language language) {
        List<List<PillarItemsView.ItemRow>> pages = new ArrayList<>();
        List<PillarItemsView.ItemRow> current = new ArrayList<>();
        for (PillarItemsView.ItemRow row : rows) {
            current.add(row);
            if (current.size() > 1 && !fits(view(s, current, 1, 2, m, language), language)) {
                current.remove(current.size() - 1);
                pages.add(current);
                current = new ArrayList<>(List.of(row));
            }
        }
        pages.add(current);
        return pages;
    }

    private boolean fits(PillarItemsView view, Language language) {
        return fits(cards.render("pillar-items", language, view));
    }

    private static boolean fits(ObjectNode card) {
        return card.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_CARD_BYTES;
    }

    private PillarItemsView view(
            Subject s, List<PillarItemsView.ItemRow> rows, int page, int pageCount, Messages m, Language language) {
        Set<Member> assignees = s.assessment().assignees(s.pillar().code(), s.roles());
        List<Mention> mentions = assignees.stream()
                .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .map(a -> Mention.of(a.id(), a.name()))
                .toList();
        return new PillarItemsView(
                s.assessment().id().toString(),
                PlainText.of(s.assessment().workload()),
                s.pillar().code(),
                s.pillar().name().in(language),
                s.category().id(),
                s.category().name().in(language),
                s.category().note() == null ? "" : s.category().note().in(language),
                page,
                pageCount,
                pageCount > 1 ? m.format("items.page", page, pageCount) : "",
                assignees.isEmpty()
                        ? m.text("started.openToAll")
                        : m.format(
                                "items.assignees",
                                mentions.stream().map(Mention::text).collect(Collectors.joining(", "))),
                mentions,
                progressText(s, assignees, m),
                !s.assessment().isOpen(),
                refreshUsers(s, assignees),
                rows);
    }

    private static String progressText(Subject s, Set<Member> assignees, Messages m) {
        Set<String> items =
                s.category().items().stream().map(i -> i.id().value()).collect(Collectors.toSet());
        Map<Member, Long> answered = s.answers().stream()
                .filter(a -> items.contains(a.item().value()))
                .collect(Collectors.groupingBy(Answer::respondent, Collectors.counting()));
        if (assignees.isEmpty()) {
            return answered.isEmpty()
                    ? m.text("items.progressOpenNone")
                    : m.format("items.progressOpen", AssessmentViews.names(answered.keySet()));
        }
        List<Member> done = assignees.stream()
                .filter(a -> answered.getOrDefault(a, 0L) >= items.size())
                .toList();
        return done.isEmpty()
                ? m.format("items.progressNone", assignees.size())
                : m.format("items.progress", done.size(), assignees.size(), AssessmentViews.names(done));
    }

    private static List<String> refreshUsers(Subject s, Set<Member> assignees) {
        var users = new java.util.LinkedHashSet<String>();
        users.add(s.assessment().facilitator().id());
        assignees.stream().map(Member::id).sorted().forEach(users::add);
        s.answers().stream().map(a -> a.respondent().id()).sorted().forEach(users::add);
        return users.stream().limit(PillarItemsView.MAX_REFRESH_USERS).toList();
    }

    /**
     * One item's row; in the read-only view of a closed assessment the member's note and reason are shown as text,
     * so they are made plain, while in the open view they are the values of input fields and stay as typed.
     */
    private static PillarItemsView.ItemRow row(
            Item item, Answer answer, boolean readOnly, Messages m, Language language) {
        List<LinkRow> links = item.links().stream()
                .map(l -> new LinkRow(l.text().in(language), l.url().toString()))
                .toList();
        return new PillarItemsView.ItemRow(
                item.id().value(),
                item.question().in(language),
                item.guidance() == null ? "" : item.guidance().in(language),
                links,
                answer == null ? "" : answer.choice().wire(),
                answer == null || answer.note() == null ? "" : shown(answer.note(), readOnly),
                answer == null || answer.reason() == null ? "" : shown(answer.reason(), readOnly),
                answer == null
                        ? m.text("items.notAnswered")
                        : m.text("choice." + answer.choice().wire()));
    }

    private static String shown(String userText, boolean readOnly) {
        return readOnly ? PlainText.of(userText, Answer.MAX_TEXT) : userText;
    }
}
