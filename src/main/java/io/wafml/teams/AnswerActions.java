package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.AssessmentService.Submission;
import io.wafml.assessment.Choice;
import io.wafml.checklist.Category;
import io.wafml.checklist.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Answers submitted on a category card ({@code answer}) and the refresh of a member's own view of it
 * ({@code refreshItems}): the member gets the card with their answers, the channel's card shows the new progress.
 */
@Component
class AnswerActions implements CardActionHandler {

    private final AssessmentService service;
    private final ItemsCards items;
    private final ChecklistPoster poster;
    private final SharedCardRefresher refresher;
    private final Replies replies;
    private final CardScope scope;
    private final ObjectProvider<Completion> completion;

    AnswerActions(
            AssessmentService service,
            ItemsCards items,
            ChecklistPoster poster,
            SharedCardRefresher refresher,
            Replies replies,
            CardScope scope,
            ObjectProvider<Completion> completion) {
        this.service = service;
        this.items = items;
        this.poster = poster;
        this.refresher = refresher;
        this.replies = replies;
        this.scope = scope;
        this.completion = completion;
    }

    @Override
    public Set<String> actionVerbs() {
        return Set.of("answer", "refreshItems");
    }

    @Override
    public CompletableFuture<Result> handle(Turn turn, String verb, JsonNode data) {
        Assessment assessment = scope.assessment(turn, data);
        Category category = scope.category(data);
        int page = scope.page(data);
        if ("answer".equals(verb)) {
            service.answerAll(assessment.id(), turn.member(), submissions(category, data));
            refresher.request(assessment.id(), category);
        }
        ItemsCards.Subject subject = poster.subject(service.get(assessment.id()), category);
        if ("answer".equals(verb)) {
            subject = afterCompletionCheck(subject);
        }
        ObjectNode card = items.personal(subject, turn.member(), page, turn.language());
        return CompletableFuture.completedFuture(new Result(card, Outcome.none()));
    }

    /** The subject with the assessment as it is after the completion check, which may have finished it. */
    private ItemsCards.Subject afterCompletionCheck(ItemsCards.Subject subject) {
        Completion check = completion.getIfAvailable();
        if (check == null) {
            return subject;
        }
        check.checkComplete(subject.assessment().id());
        return new ItemsCards.Subject(
                service.get(subject.assessment().id()),
                subject.pillar(),
                subject.category(),
                subject.roles(),
                subject.answers());
    }

    /** The answers in the card's inputs: {@code choice-<item>}, {@code note-<item>}, {@code reason-<item>}. */
    private static List<Submission> submissions(Category category, JsonNode data) {
        List<Submission> submissions = new ArrayList<>();
        for (Item item : category.items()) {
            String id = item.id().value();
            Optional<String> choice = text(data, "choice-" + id);
            if (choice.isEmpty()) {
                continue;
            }
            Choice parsed;
            try {
                parsed = Choice.fromWire(choice.get());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("choice of " + id);
            }
            submissions.add(new Submission(
                    item.id(),
                    parsed,
                    text(data, "note-" + id).orElse(null),
                    text(data, "reason-" + id).orElse(null)));
        }
        if (submissions.isEmpty()) {
            throw new InvalidInputException("no answer was chosen");
        }
        return submissions;
    }

    private static Optional<String> text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(field + " is not text");
        }
        return node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
    }
}
