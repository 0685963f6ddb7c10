package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * The Send and Status buttons of the started and status cards: Send posts the checklist and keeps the started card in
 * place with a confirmation below it; Status shows the current status card in place.
 */
@Component
class AssessmentActions implements CardActionHandler {

    private final AssessmentService service;
    private final AssessmentViews views;
    private final TeamsCards cards;
    private final StatusCards status;
    private final ChecklistPoster poster;
    private final Replies replies;
    private final CardScope scope;

    AssessmentActions(
            AssessmentService service,
            AssessmentViews views,
            TeamsCards cards,
            StatusCards status,
            ChecklistPoster poster,
            Replies replies,
            CardScope scope) {
        this.service = service;
        this.views = views;
        this.cards = cards;
        this.status = status;
        this.poster = poster;
        this.replies = replies;
        this.scope = scope;
    }

    @Override
    public Set<String> actionVerbs() {
        return Set.of("send", "status");
    }

    @Override
    public CompletableFuture<Result> handle(Turn turn, String verb, JsonNode data) {
        try {
            Assessment assessment = scope.assessment(turn, data);
            return CompletableFuture.completedFuture(
                    "send".equals(verb) ? send(turn, assessment) : status(turn, assessment));
        } catch (DomainException refusal) {
            return CompletableFuture.completedFuture(
                    new Result(replies.refusalCard(turn.language(), refusal), Outcome.none()));
        } catch (InvalidInputException invalid) {
            return CompletableFuture.completedFuture(new Result(scope.invalid(turn, invalid), Outcome.none()));
        }
    }

    private Result send(Turn turn, Assessment assessment) {
        Assessment sent = service.markSent(assessment.id(), turn.member());
        int count = poster.postAll(sent);
        ObjectNode started = cards.render(
                "assessment-started",
                turn.language(),
                views.started(sent, service.roles(sent.roleScope()), turn.language()));
        return new Result(
                started, Outcome.reply(replies.card(replies.sendingCard(turn.language(), count, sent.workload()))));
    }

    private Result status(Turn turn, Assessment assessment) {
        ObjectNode card = status.card(
                assessment, service.progress(assessment.id()), service.roles(assessment.roleScope()), turn.language());
        return new Result(card, Outcome.none());
    }
}
