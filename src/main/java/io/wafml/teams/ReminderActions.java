package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.Progress;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.NoticeView;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.ItemId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * The buttons of the reminder cards: {@code myItems} shows the member's own items cards of every category where they
 * still owe answers (the first in place of the reminder; in a 1:1 chat the others follow as messages, in a channel
 * the member finds them on the posted cards), {@code snooze} is "remind me tomorrow", and the status card's
 * {@code remind} is "remind now" for facilitators.
 */
@Component
class ReminderActions implements CardActionHandler {

    private final AssessmentService service;
    private final Checklist checklist;
    private final CardScope scope;
    private final ChecklistPoster poster;
    private final ItemsCards items;
    private final Replies replies;
    private final TeamsCards cards;
    private final ReminderCommands commands;
    private final RemindNow remindNow;

    ReminderActions(
            AssessmentService service,
            Checklist checklist,
            CardScope scope,
            ChecklistPoster poster,
            ItemsCards items,
            Replies replies,
            TeamsCards cards,
            ReminderCommands commands,
            RemindNow remindNow) {
        this.service = service;
        this.checklist = checklist;
        this.scope = scope;
        this.poster = poster;
        this.items = items;
        this.replies = replies;
        this.cards = cards;
        this.commands = commands;
        this.remindNow = remindNow;
    }

    @Override
    public Set<String> actionVerbs() {
        return Set.of("myItems", "snooze", "remind");
    }

    @Override
    public CompletableFuture<Result> handle(Turn turn, String verb, JsonNode data) {
        Assessment assessment = scope.assessment(turn, data);
        Result result = switch (verb) {
            case "snooze" -> snooze(turn, assessment);
            case "remind" ->
                new Result(
                        replies.noticeCard(
                                turn.language(),
                                remindNow.remind(assessment, turn.member(), cards.messages(turn.language()))),
                        Outcome.none());
            default -> myItems(turn, assessment);
        };
        return CompletableFuture.completedFuture(result);
    }

    private Result snooze(Turn turn, Assessment assessment) {
        Messages m = cards.messages(turn.language());
        String text = commands.snoozed(turn, assessment, m);
        return new Result(
                replies.noticeCard(
                        turn.language(), NoticeView.of(m.text("notice.titleDone"), text, NoticeView.Style.GOOD)),
                Outcome.none());
    }

    private Result myItems(Turn turn, Assessment assessment) {
        Set<ItemId> owed = service.progress(assessment.id()).outstanding().stream()
                .filter(o -> o.member().equals(turn.member()))
                .findFirst()
                .map(Progress.Outstanding::items)
                .map(Set::copyOf)
                .orElse(Set.of());
        List<Category> categories = checklist.pillars().stream()
                .flatMap(p -> p.categories().stream())
                .filter(c -> c.items().stream().anyMatch(i -> owed.contains(i.id())))
                .toList();
        if (categories.isEmpty()) {
            Messages m = cards.messages(turn.language());
            return new Result(
                    replies.noticeCard(
                            turn.language(),
                            NoticeView.of(
                                    m.text("notice.titleDone"),
                                    m.format("remind.allAnswered", PlainText.of(assessment.workload())),
                                    NoticeView.Style.GOOD)),
                    Outcome.none());
        }
        List<ObjectNode> personal = categories.stream()
                .map(c -> items.personal(poster.subject(assessment, c), turn.member(), 1, turn.language()))
                .toList();
        List<com.microsoft.bot.schema.Activity> rest = turn.isPersonal()
                ? personal.subList(1, personal.size()).stream()
                        .map(replies::card)
                        .toList()
                : List.of();
        return new Result(personal.get(0), new Outcome(rest, List.of()));
    }
}
