package io.wafml.teams;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import io.wafml.assessment.Member;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Pillar;
import io.wafml.reminder.Reminders;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The typed commands that run an assessment: start, roles, assignment, sending, status, due date, cancel. */
@Component
class AssessmentCommands implements CommandHandler {

    /** A word people put between the pillar and its assignees: {@code assign Security to @Ana}, {@code セキュリティ に}. */
    private static final Pattern ASSIGN_FILLER = Pattern.compile("^(?i:to|に|へ|を)(\\s+|$)");

    private static final Pattern TRAILING_DATE = Pattern.compile("^(.*?)\\s+(\\d{4}-\\d{2}-\\d{2})$");

    private final AssessmentService service;
    private final Checklist checklist;
    private final Replies replies;
    private final TeamsCards cards;
    private final AssessmentViews views;
    private final StatusCards status;
    private final ChecklistPoster poster;
    private final Reminders reminders;

    AssessmentCommands(
            AssessmentService service,
            Checklist checklist,
            Replies replies,
            TeamsCards cards,
            AssessmentViews views,
            StatusCards status,
            ChecklistPoster poster,
            Reminders reminders) {
        this.service = service;
        this.checklist = checklist;
        this.replies = replies;
        this.cards = cards;
        this.views = views;
        this.status = status;
        this.poster = poster;
        this.reminders = reminders;
    }

    @Override
    public Set<Verb> verbs() {
        return Set.of(
                Verb.START,
                Verb.ROLE,
                Verb.ROLES,
                Verb.ASSIGN,
                Verb.SEND,
                Verb.STATUS,
                Verb.DUE,
                Verb.CANCEL,
                Verb.COFACILITATOR);
    }

    @Override
    public CompletableFuture<Outcome> handle(Turn turn, CommandLine command) {
        return CompletableFuture.completedFuture(run(turn, command));
    }

    private Outcome run(Turn turn, CommandLine command) {
        String args = command.arguments();
        return switch (command.verb()) {
            case START -> start(turn, args);
            case ROLE -> role(turn, args);
            case ROLES -> roles(turn);
            case ASSIGN -> assign(turn, args);
            case SEND -> send(turn, args);
            case STATUS -> status(turn, args);
            case DUE -> due(turn, args);
            case CANCEL -> cancel(turn, args);
            case COFACILITATOR -> coFacilitator(turn);
            default -> throw new IllegalArgumentException("Not an assessment command: " + command.verb());
        };
    }

    private Outcome start(Turn turn, String args) {
        if (turn.isPersonal()) {
            throw InvalidInputException.explained(
                    cards.messages(turn.language()).text("refusal.PERSONAL_CHAT"));
        }
        var matcher = TRAILING_DATE.matcher(args);
        String workload = matcher.matches() ? matcher.group(1) : args;
        Optional<LocalDate> due = matcher.matches() ? Optional.of(parseDate(matcher.group(2))) : Optional.empty();
        Assessment assessment = service.start(
                turn.conversation(), turn.roleScope(), turn.member(), workload, turn.language(), due, zone(turn));
        reminders.assessmentChanged(assessment.id());
        return Outcome.reply(startedCard(turn, assessment));
    }

    private Outcome role(Turn turn, String args) {
        String name = beforeMentions(args);
        Set<Member> members = Members.mentioned(turn);
        service.defineRole(turn.roleScope(), name, members);
        return roles(turn);
    }

    private Outcome roles(Turn turn) {
        Assessment current =
                service.current(turn.conversation(), Optional.empty()).orElse(null);
        return Outcome.reply(replies.card(
                "roles", turn.language(), views.roles(service.roles(turn.roleScope()), current, turn.language())));
    }

    private Outcome assign(Turn turn, String args) {
        Assessment assessment = current(turn, "");
        String text = beforeMentions(args);
        PillarAndRest parsed = pillarAndRest(text);
        Set<String> roles = Arrays.stream(
                        ASSIGN_FILLER.matcher(parsed.rest()).replaceFirst("").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Assessment assigned =
                service.assign(assessment.id(), turn.member(), parsed.pillar().code(), roles, Members.mentioned(turn));
        return Outcome.reply(startedCard(turn, assigned));
    }

    private Outcome send(Turn turn, String args) {
        Assessment assessment = service.markSent(current(turn, args).id(), turn.member());
        int count = poster.postAll(assessment);
        reminders.assessmentChanged(assessment.id());
        return Outcome.reply(replies.card(replies.sendingCard(turn.language(), count, assessment.workload())));
    }

    private Outcome status(Turn turn, String args) {
        Assessment assessment = current(turn, args);
        return Outcome.reply(replies.card(status.card(
                assessment,
                service.progress(assessment.id()),
                service.roles(assessment.roleScope()),
                turn.language())));
    }

    private Outcome due(Turn turn, String args) {
        Assessment assessment = current(turn, "");
        LocalDate date = parseDate(args.strip());
        Assessment changed = service.setDue(assessment.id(), turn.member(), Optional.of(date), assessment.zone());
        reminders.assessmentChanged(changed.id());
        return Outcome.reply(startedCard(turn, changed));
    }

    private Outcome cancel(Turn turn, String args) {
        Assessment assessment = current(turn, args);
        if (!service.cancel(assessment.id(), turn.member())) {
            throw new DomainException(
                    DomainException.Reason.ASSESSMENT_CLOSED,
                    "Assessment " + assessment.id() + " was closed meanwhile");
        }
        reminders.assessmentChanged(assessment.id());
        return Outcome.reply(
                replies.card(replies.cancelledCard(turn.language(), assessment.workload(), turn.userName())));
    }

    private Outcome coFacilitator(Turn turn) {
        Assessment assessment = current(turn, "");
        Set<Member> mentioned = Members.mentioned(turn);
        if (mentioned.isEmpty()) {
            throw InvalidInputException.explained(
                    cards.messages(turn.language()).text("refusal.MENTION_NEEDED"));
        }
        Assessment changed = assessment;
        for (Member member : mentioned) {
            changed = service.addCoFacilitator(assessment.id(), turn.member(), member);
        }
        return Outcome.reply(startedCard(turn, changed));
    }

    private com.microsoft.bot.schema.Activity startedCard(Turn turn, Assessment assessment) {
        return replies.card(
                "assessment-started",
                turn.language(),
                views.started(assessment, service.roles(assessment.roleScope()), turn.language()));
    }

    /** The newest open assessment of the conversation, or the open one of the named workload. */
    private Assessment current(Turn turn, String workload) {
        Optional<String> name = workload.isBlank() ? Optional.empty() : Optional.of(workload.strip());
        return service.current(turn.conversation(), name)
                .orElseThrow(() -> InvalidInputException.explained(
                        cards.messages(turn.language()).format("notice.noAssessment", "start ‹workload›")));
    }

    private record PillarAndRest(Pillar pillar, String rest) {}

    private PillarAndRest pillarAndRest(String text) {
        String[] words = text.split(" ");
        for (int n = words.length; n >= 1; n--) {
            String candidate = String.join(" ", List.of(words).subList(0, n));
            Optional<Pillar> pillar = checklist.findPillar(candidate);
            if (pillar.isPresent()) {
                return new PillarAndRest(
                        pillar.get(), String.join(" ", List.of(words).subList(n, words.length)));
            }
        }
        throw new DomainException(DomainException.Reason.UNKNOWN_PILLAR, "No pillar in: " + text);
    }

    private static String beforeMentions(String args) {
        int at = args.indexOf("<at>");
        return (at < 0 ? args : args.substring(0, at)).strip();
    }

    private LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Reason.DUE_DATE_IN_PAST, "Not a date: " + text);
        }
    }

    private ZoneId zone(Turn turn) {
        String zone = turn.activity().getLocalTimezone();
        try {
            return zone == null || zone.isBlank() ? reminders.defaultZone() : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return reminders.defaultZone();
        }
    }
}
