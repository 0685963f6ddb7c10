package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.teams.TeamsInfo;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import io.wafml.assessment.Member;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Pillar;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The buttons of the started and status cards: save the pillar assignments chosen with role and people pickers, send the
 * checklist, show the status. Each answers with the card that replaces the one clicked.
 */
@Component
class AssessmentActions implements CardActionHandler {

    private final AssessmentService service;
    private final Checklist checklist;
    private final AssessmentViews views;
    private final StatusCards status;
    private final ChecklistPoster poster;
    private final Replies replies;
    private final TeamsCards cards;
    private final CardScope scope;

    AssessmentActions(
            AssessmentService service,
            Checklist checklist,
            AssessmentViews views,
            StatusCards status,
            ChecklistPoster poster,
            Replies replies,
            TeamsCards cards,
            CardScope scope) {
        this.service = service;
        this.checklist = checklist;
        this.views = views;
        this.status = status;
        this.poster = poster;
        this.replies = replies;
        this.cards = cards;
        this.scope = scope;
    }

    @Override
    public Set<String> actionVerbs() {
        return Set.of("assign", "send", "status");
    }

    @Override
    public CompletableFuture<Result> handle(Turn turn, String verb, JsonNode data) {
        Assessment assessment = scope.assessment(turn, data);
        return switch (verb) {
            case "assign" -> assign(turn, assessment, data);
            case "send" -> CompletableFuture.completedFuture(send(turn, assessment));
            default ->
                done(status.card(
                        assessment,
                        service.progress(assessment.id()),
                        service.roles(assessment.roleScope()),
                        turn.language()));
        };
    }

    private CompletableFuture<Result> assign(Turn turn, Assessment assessment, JsonNode data) {
        if (!assessment.isManagedBy(turn.member())) {
            throw new DomainException(DomainException.Reason.NOT_FACILITATOR, "Only the facilitator assigns");
        }
        Map<String, Member> known = knownMembers(assessment);
        Set<String> unknownIds = checklist.pillars().stream()
                .flatMap(p -> values(data, "members-" + p.code()).stream())
                .filter(id -> !known.containsKey(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return lookUp(turn, unknownIds).thenApply(found -> {
            Map<String, Member> members = new HashMap<>(known);
            members.putAll(found);
            try {
                Assessment changed = assessment;
                for (Pillar pillar : checklist.pillars()) {
                    if (data.has("roles-" + pillar.code()) || data.has("members-" + pillar.code())) {
                        Set<Member> chosen = values(data, "members-" + pillar.code()).stream()
                                .map(members::get)
                                .filter(m -> m != null)
                                .collect(Collectors.toCollection(LinkedHashSet::new));
                        changed = service.assign(
                                assessment.id(),
                                turn.member(),
                                pillar.code(),
                                new LinkedHashSet<>(values(data, "roles-" + pillar.code())),
                                chosen);
                    }
                }
                return new Result(started(turn, changed), Outcome.none());
            } catch (DomainException refusal) {
                return new Result(replies.refusalCard(turn.language(), refusal), Outcome.none());
            }
        });
    }

    /** Members the assessment already knows by id: facilitators, direct assignees and members of the roles. */
    private Map<String, Member> knownMembers(Assessment assessment) {
        Map<String, Member> known = new LinkedHashMap<>();
        known.put(assessment.facilitator().id(), assessment.facilitator());
        assessment.coFacilitators().forEach(m -> known.put(m.id(), m));
        assessment.assignments().values().forEach(a -> a.members().forEach(m -> known.put(m.id(), m)));
        service.roles(assessment.roleScope()).forEach(r -> r.members().forEach(m -> known.put(m.id(), m)));
        return known;
    }

    /** Looks people picked by Entra object id up in the team roster, to get their Teams ids and names. */
    private static CompletableFuture<Map<String, Member>> lookUp(Turn turn, Set<String> ids) {
        if (ids.isEmpty() || turn.context() == null) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Map<String, Member> found = new java.util.concurrent.ConcurrentHashMap<>();
        CompletableFuture<?>[] lookups = ids.stream()
                .map(id -> TeamsInfo.getMember(turn.context(), id)
                        .thenAccept(account -> {
                            if (account != null && account.getId() != null) {
                                found.put(
                                        id,
                                        new Member(
                                                account.getId(),
                                                account.getName() == null ? account.getId() : account.getName()));
                            }
                        })
                        .exceptionally(notFound -> null))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(lookups).thenApply(done -> Map.copyOf(found));
    }

    /** Posts the checklist; the started card stays in place and a confirmation follows it. */
    private Result send(Turn turn, Assessment assessment) {
        Assessment sent = service.markSent(assessment.id(), turn.member());
        int count = poster.postAll(sent);
        return new Result(
                started(turn, sent),
                Outcome.reply(replies.card(replies.sendingCard(turn.language(), count, sent.workload()))));
    }

    private ObjectNode started(Turn turn, Assessment assessment) {
        return cards.render(
                "assessment-started",
                turn.language(),
                views.started(assessment, service.roles(assessment.roleScope()), turn.language()));
    }

    private static List<String> values(JsonNode data, String field) {
        JsonNode node = data.path(field);
        if (!node.isTextual()) {
            return List.of();
        }
        return Arrays.stream(node.asText().split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static CompletableFuture<Result> done(ObjectNode card) {
        return CompletableFuture.completedFuture(new Result(card, Outcome.none()));
    }
}
