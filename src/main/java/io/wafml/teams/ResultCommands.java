package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.Fact;
import io.wafml.cards.view.NoticeView;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Pillar;
import io.wafml.report.ExportLinks;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The results side of an assessment: {@code finish} (typed or the status card's button), the pillar details of the
 * score card ({@code drilldown}), {@code history} and {@code export}.
 */
@Component
class ResultCommands implements CommandHandler, CardActionHandler {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AssessmentService service;
    private final Checklist checklist;
    private final Replies replies;
    private final TeamsCards cards;
    private final CardScope scope;
    private final ScoreCardPoster publisher;
    private final DrilldownCards drilldown;
    private final HistoryCards history;
    private final ExportLinks exports;

    ResultCommands(
            AssessmentService service,
            Checklist checklist,
            Replies replies,
            TeamsCards cards,
            CardScope scope,
            ScoreCardPoster publisher,
            DrilldownCards drilldown,
            HistoryCards history,
            ExportLinks exports) {
        this.service = service;
        this.checklist = checklist;
        this.replies = replies;
        this.cards = cards;
        this.scope = scope;
        this.publisher = publisher;
        this.drilldown = drilldown;
        this.history = history;
        this.exports = exports;
    }

    @Override
    public Set<Verb> verbs() {
        return Set.of(Verb.FINISH, Verb.HISTORY, Verb.EXPORT);
    }

    @Override
    public Set<String> actionVerbs() {
        return Set.of("finish", "drilldown");
    }

    @Override
    public CompletableFuture<Outcome> handle(Turn turn, CommandLine command) {
        ObjectNode card = guarded(turn, () -> switch (command.verb()) {
            case FINISH -> finish(turn, openAssessment(turn, command.arguments()));
            case HISTORY -> history.card(turn);
            case EXPORT -> export(turn, command.arguments());
            default -> throw new IllegalArgumentException("Not a results command: " + command.verb());
        });
        return CompletableFuture.completedFuture(Outcome.reply(replies.card(card)));
    }

    @Override
    public CompletableFuture<Result> handle(Turn turn, String verb, JsonNode data) {
        ObjectNode card = guarded(turn, () -> {
            Assessment assessment = scope.assessment(turn, data);
            return "finish".equals(verb) ? finish(turn, assessment) : drilldown(turn, assessment, data);
        });
        return CompletableFuture.completedFuture(new Result(card, Outcome.none()));
    }

    private ObjectNode guarded(Turn turn, Supplier<ObjectNode> action) {
        try {
            return action.get();
        } catch (DomainException refusal) {
            return replies.refusalCard(turn.language(), refusal);
        } catch (InvalidInputException invalid) {
            return scope.invalid(turn, invalid);
        }
    }

    private ObjectNode finish(Turn turn, Assessment assessment) {
        if (!service.finish(assessment.id(), turn.member())) {
            throw new DomainException(DomainException.Reason.ASSESSMENT_CLOSED, "Already finished");
        }
        publisher.publish(assessment.id(), ScoreCardPublisher.FinishReason.FACILITATOR, Optional.of(turn.member()));
        Messages m = cards.messages(turn.language());
        return replies.noticeCard(
                turn.language(),
                NoticeView.of(
                        m.text("notice.titleDone"),
                        m.format("score.finishing", PlainText.of(assessment.workload())),
                        NoticeView.Style.GOOD));
    }

    private ObjectNode drilldown(Turn turn, Assessment assessment, JsonNode data) {
        Pillar pillar = checklist
                .findPillar(data.path("pillar").asText(""))
                .orElseThrow(() -> new InvalidInputException("unknown pillar"));
        int page = Math.max(1, data.path("page").asInt(1));
        return drilldown.card(service.result(assessment.id()), pillar, page, turn.language());
    }

    private ObjectNode export(Turn turn, String workload) {
        Messages m = cards.messages(turn.language());
        String name = workload.strip();
        Assessment assessment = Stream.concat(
                        service.open(turn.conversation()).stream(), service.history(turn.roleScope()).stream())
                .filter(a -> name.isEmpty() || a.workload().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(m.text("export.noAssessment")));
        var links = exports.links(assessment.id());
        var facts = links.stream()
                .map(l -> new Fact(
                        m.text("score.export." + l.format().extension()),
                        "[" + m.text("export.download") + "](" + l.url() + ")"))
                .toList();
        String expires =
                EXPIRY.format(Instant.ofEpochSecond(links.get(0).expires()).atOffset(ZoneOffset.UTC));
        return replies.noticeCard(
                turn.language(),
                new NoticeView(
                        m.text("export.linksTitle"),
                        m.format("export.linksText", PlainText.of(assessment.workload()), expires),
                        NoticeView.Style.DEFAULT,
                        facts));
    }

    private Assessment openAssessment(Turn turn, String workload) {
        Optional<String> name = workload.isBlank() ? Optional.empty() : Optional.of(workload.strip());
        return service.current(turn.conversation(), name)
                .orElseThrow(() -> new InvalidInputException(
                        cards.messages(turn.language()).format("notice.noAssessment", "start <workload>")));
    }
}
