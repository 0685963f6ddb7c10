package io.wafml.assessment;

import io.wafml.assessment.DomainException.Reason;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The application service of assessments: every use case the Teams adapter, the cards and the reminders need, each
 * taking the calling member where permissions matter and refusing illegal requests with a {@link DomainException}.
 *
 * <p>Times are taken from the clock truncated to microseconds, the precision both supported databases store.
 */
public class AssessmentService {

    private static final int ATTEMPTS = 3;

    private final Assessments assessments;
    private final Answers answers;
    private final Roles roles;
    private final Checklist checklist;
    private final Clock clock;

    public AssessmentService(Assessments assessments, Answers answers, Roles roles, Checklist checklist, Clock clock) {
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.checklist = Objects.requireNonNull(checklist, "checklist");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The checklist new assessments use. */
    public Checklist checklist() {
        return checklist;
    }

    /** Starts an assessment with due dates in the clock's time zone. */
    public Assessment start(
            ConversationKey conversation,
            RoleScope scope,
            Member facilitator,
            String workload,
            Language language,
            Optional<LocalDate> due) {
        return start(conversation, scope, facilitator, workload, language, due, clock.getZone());
    }

    /** Starts an assessment; DUPLICATE_WORKLOAD when one for the same workload is open in the conversation. */
    public Assessment start(
            ConversationKey conversation,
            RoleScope scope,
            Member facilitator,
            String workload,
            Language language,
            Optional<LocalDate> due,
            ZoneId zone) {
        String name = Assessment.validWorkload(workload);
        if (findOpen(conversation, name).isPresent()) {
            throw new DomainException(Reason.DUPLICATE_WORKLOAD, name + " is already being assessed here");
        }
        Assessment assessment = Assessment.start(
                AssessmentId.random(), conversation, scope, facilitator, name, checklist, language, due, zone, now());
        assessments.add(assessment);
        return assessment;
    }

    /** The open assessment of a workload in a conversation, or the newest open one when no workload is given. */
    public Optional<Assessment> current(ConversationKey conversation, Optional<String> workload) {
        return workload.filter(w -> !w.isBlank())
                .map(w -> findOpen(conversation, w.strip()))
                .orElseGet(() -> assessments.openIn(conversation).stream().findFirst());
    }

    /** The open assessments of a conversation, newest first. */
    public List<Assessment> open(ConversationKey conversation) {
        return assessments.openIn(conversation);
    }

    /** Every open assessment, oldest first (for reminders and due dates). */
    public List<Assessment> allOpen() {
        return assessments.allOpen();
    }

    /** The assessment with this id; NOT_FOUND when there is none. */
    public Assessment get(AssessmentId id) {
        return assessments.find(id).orElseThrow(() -> new DomainException(Reason.NOT_FOUND, "No assessment " + id));
    }

    /** Defines a role of a team or conversation, or replaces its members. */
    public Role defineRole(RoleScope scope, String name, Set<Member> members) {
        Role role = new Role(scope, name, members);
        roles.define(role);
        return role;
    }

    /** The roles of a team or conversation, by name. */
    public List<Role> roles(RoleScope scope) {
        return roles.list(scope);
    }

    /** Assigns a pillar (code or name) to defined roles and to members; no roles and no members makes it open. */
    public Assessment assign(
            AssessmentId id, Member caller, String pillar, Set<String> roleNames, Set<Member> members) {
        Pillar p = checklist
                .findPillar(pillar)
                .orElseThrow(() -> new DomainException(Reason.UNKNOWN_PILLAR, "No pillar " + pillar));
        return change(id, a -> a.assign(caller, p, definedRoles(a.roleScope(), roleNames), members));
    }

    /** Records that the pillar cards were posted. */
    public Assessment markSent(AssessmentId id, Member caller) {
        return change(id, a -> a.markSent(caller, now()));
    }

    /** Sets or clears the due date. */
    public Assessment setDue(AssessmentId id, Member caller, Optional<LocalDate> due, ZoneId zone) {
        return change(id, a -> a.setDue(caller, due, zone, now()));
    }

    /** Lets another member manage the assessment. */
    public Assessment addCoFacilitator(AssessmentId id, Member caller, Member coFacilitator) {
        return change(id, a -> a.addCoFacilitator(caller, coFacilitator));
    }

    /** Changes how answers are consolidated. */
    public Assessment setPolicy(AssessmentId id, Member caller, ConsolidationPolicy policy) {
        return change(id, a -> a.setPolicy(caller, policy));
    }

    /** Stores the caller's answer to an item, replacing their earlier one; other members' answers are untouched. */
    public Answer answer(AssessmentId id, Member caller, ItemId item, Choice choice, String note, String reason) {
        Pillar pillar =
                checklist.pillarOf(item).orElseThrow(() -> new DomainException(Reason.UNKNOWN_ITEM, "No item " + item));
        Assessment assessment = get(id);
        assessment.requireMayAnswer(caller, pillar.code(), roles.list(assessment.roleScope()));
        Answer answer = new Answer(id, item, caller, choice, note, reason, now());
        answers.save(answer);
        return answer;
    }

    /** Every answer of an assessment. */
    /** One item's answer as a member submitted it. */
    public record Submission(ItemId item, Choice choice, String note, String reason) {}

    /**
     * Records several answers of one member at once: every answer is checked (item, pillar assignment, reason, text
     * lengths) before any is stored, so a refused submission changes nothing.
     */
    public List<Answer> answerAll(AssessmentId id, Member caller, List<Submission> submissions) {
        Assessment assessment = get(id);
        if (!assessment.isOpen()) {
            throw new DomainException(Reason.ASSESSMENT_CLOSED, "Assessment " + id + " is closed");
        }
        List<Role> known = roles.list(assessment.roleScope());
        Instant at = now();
        List<Answer> checked = submissions.stream()
                .map(s -> {
                    Pillar pillar = checklist
                            .pillarOf(s.item())
                            .orElseThrow(() -> new DomainException(Reason.UNKNOWN_ITEM, "No item " + s.item()));
                    assessment.requireMayAnswer(caller, pillar.code(), known);
                    return new Answer(id, s.item(), caller, s.choice(), s.note(), s.reason(), at);
                })
                .toList();
        checked.forEach(answers::save);
        return checked;
    }

    public List<Answer> answers(AssessmentId id) {
        return answers.of(id);
    }

    /** Who answered what and who still owes answers. */
    public Progress progress(AssessmentId id) {
        Assessment assessment = get(id);
        return Progress.of(checklist, assessment, roles.list(assessment.roleScope()), answers.of(id));
    }

    /** Finishes the assessment for a facilitator; true only for the call that finished it. */
    public boolean finish(AssessmentId id, Member caller) {
        return close(id, a -> a.finish(caller, now()), Status.FINISHED);
    }

    /** Finishes the assessment because it is complete or overdue; true only for the call that finished it. */
    public boolean finishBySystem(AssessmentId id) {
        return close(id, a -> a.finishBySystem(now()), Status.FINISHED);
    }

    /** Cancels the assessment for a facilitator; true only for the call that cancelled it. */
    public boolean cancel(AssessmentId id, Member caller) {
        return close(id, a -> a.cancel(caller, now()), Status.CANCELLED);
    }

    /** The finished assessments of a team or conversation, newest first. */
    public List<Assessment> history(RoleScope scope) {
        return assessments.finishedIn(scope);
    }

    /** The consolidated result, compared with the previous finished assessment of the same workload in the scope. */
    public AssessmentResult result(AssessmentId id) {
        Assessment assessment = get(id);
        Optional<AssessmentResult> previous =
                previousOf(assessment).map(p -> Scoring.score(checklist, p, answersUntilClosed(p), Optional.empty()));
        return Scoring.score(checklist, assessment, answersUntilClosed(assessment), previous);
    }

    private Optional<Assessment> previousOf(Assessment assessment) {
        Instant before = assessment.closedAt().orElse(Instant.MAX);
        return assessments.finishedIn(assessment.roleScope()).stream()
                .filter(a -> !a.id().equals(assessment.id()))
                .filter(a -> a.workload().equalsIgnoreCase(assessment.workload()))
                .filter(a -> a.closedAt().orElseThrow().isBefore(before))
                .findFirst();
    }

    private List<Answer> answersUntilClosed(Assessment assessment) {
        Instant end = assessment.closedAt().orElse(Instant.MAX);
        return answers.of(assessment.id()).stream()
                .filter(a -> !a.answeredAt().isAfter(end))
                .toList();
    }

    private Set<String> definedRoles(RoleScope scope, Set<String> names) {
        List<Role> defined = roles.list(scope);
        return names.stream()
                .map(n -> defined.stream()
                        .filter(r -> r.isNamed(n))
                        .findFirst()
                        .map(Role::name)
                        .orElseThrow(() -> new DomainException(Reason.UNKNOWN_ROLE, "No role " + n)))
                .collect(Collectors.toSet());
    }

    private Optional<Assessment> findOpen(ConversationKey conversation, String workload) {
        return assessments.openIn(conversation).stream()
                .filter(a -> a.workload().equalsIgnoreCase(workload))
                .findFirst();
    }

    private boolean close(AssessmentId id, UnaryOperator<Assessment> transition, Status status) {
        Assessment assessment = get(id);
        if (!assessment.isOpen()) {
            return false;
        }
        Assessment closed = transition.apply(assessment);
        return assessments.closeIfOpen(id, status, closed.closedAt().orElseThrow());
    }

    private Assessment change(AssessmentId id, UnaryOperator<Assessment> change) {
        for (int attempt = 1; ; attempt++) {
            Assessment changed = change.apply(get(id));
            try {
                return assessments.update(changed);
            } catch (ConcurrentUpdateException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
