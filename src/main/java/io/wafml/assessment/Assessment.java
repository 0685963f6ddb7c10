package io.wafml.assessment;

import io.wafml.assessment.DomainException.Reason;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The assessment aggregate: one review of a named workload in a conversation, immutable, whose guarded state changes
 * return the changed assessment and refuse illegal requests with a {@link DomainException}.
 *
 * <p>{@code assignments} is keyed by pillar code; a pillar without an entry is open to everyone. {@code version} is
 * the optimistic-locking version of the stored row and changes only when the assessment is stored.
 */
public record Assessment(
        AssessmentId id,
        ConversationKey conversation,
        RoleScope roleScope,
        String workload,
        Member facilitator,
        Set<Member> coFacilitators,
        String checklistId,
        String checklistVersion,
        Language language,
        Instant createdAt,
        Optional<LocalDate> due,
        ZoneId zone,
        Status status,
        Optional<Instant> sentAt,
        Optional<Instant> closedAt,
        ConsolidationPolicy policy,
        Map<String, PillarAssignment> assignments,
        long version) {

    /** The longest workload name accepted. */
    public static final int MAX_WORKLOAD = 100;

    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(roleScope, "roleScope");
        workload = validWorkload(workload);
        Objects.requireNonNull(facilitator, "facilitator");
        coFacilitators = Set.copyOf(coFacilitators);
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(checklistVersion, "checklistVersion");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(policy, "policy");
        assignments = Map.copyOf(assignments);
    }

    /** A new open assessment facilitated by {@code facilitator}, using {@code checklist}'s current version. */
    public static Assessment start(
            AssessmentId id,
            ConversationKey conversation,
            RoleScope roleScope,
            Member facilitator,
            String workload,
            Checklist checklist,
            Language language,
            Optional<LocalDate> due,
            ZoneId zone,
            Instant now) {
        requireFuture(due, zone, now);
        return new Assessment(
                id,
                conversation,
                roleScope,
                workload,
                facilitator,
                Set.of(),
                checklist.id(),
                checklist.version(),
                language,
                now,
                due,
                zone,
                Status.OPEN,
                Optional.empty(),
                Optional.empty(),
                ConsolidationPolicy.CAUTIOUS,
                Map.of(),
                0);
    }

    /** The trimmed workload name; INVALID_WORKLOAD when blank or longer than {@value #MAX_WORKLOAD} characters. */
    public static String validWorkload(String workload) {
        if (workload == null || workload.isBlank() || workload.strip().length() > MAX_WORKLOAD) {
            throw new DomainException(
                    Reason.INVALID_WORKLOAD, "A workload name has 1 to " + MAX_WORKLOAD + " characters");
        }
        return workload.strip();
    }

    /** Whether answers are still accepted. */
    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Whether {@code member} may manage this assessment: the facilitator or a co-facilitator. */
    public boolean isManagedBy(Member member) {
        return facilitator.equals(member) || coFacilitators.contains(member);
    }

    /** The end of the due date in the assessment's time zone, when there is a due date. */
    public Optional<Instant> deadline() {
        return due.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Assigns {@code pillar} to these roles and members, replacing its assignment; nobody makes it open again. */
    public Assessment assign(Member caller, Pillar pillar, Set<String> roles, Set<Member> members) {
        requireManager(caller);
        PillarAssignment assignment = new PillarAssignment(roles, members);
        Map<String, PillarAssignment> changed = new HashMap<>(assignments);
        if (assignment.isEmpty()) {
            changed.remove(pillar.code());
        } else {
            changed.put(pillar.code(), assignment);
        }
        return copy(coFacilitators, due, zone, status, sentAt, closedAt, policy, changed);
    }

    /** Records that the pillar cards were posted now. */
    public Assessment markSent(Member caller, Instant now) {
        requireManager(caller);
        return copy(coFacilitators, due, zone, status, Optional.of(now), closedAt, policy, assignments);
    }

    /** Sets or clears the due date; DUE_DATE_IN_PAST when it lies before today in {@code newZone}. */
    public Assessment setDue(Member caller, Optional<LocalDate> newDue, ZoneId newZone, Instant now) {
        requireManager(caller);
        requireFuture(newDue, newZone, now);
        return copy(coFacilitators, newDue, newZone, status, sentAt, closedAt, policy, assignments);
    }

    /** Lets {@code member} manage this assessment too. */
    public Assessment addCoFacilitator(Member caller, Member member) {
        requireManager(caller);
        Set<Member> changed = new HashSet<>(coFacilitators);
        changed.add(member);
        return copy(changed, due, zone, status, sentAt, closedAt, policy, assignments);
    }

    /** Changes how the answers of several respondents are consolidated. */
    public Assessment setPolicy(Member caller, ConsolidationPolicy newPolicy) {
        requireManager(caller);
        return copy(coFacilitators, due, zone, status, sentAt, closedAt, newPolicy, assignments);
    }

    /** Finishes the assessment at the request of a facilitator. */
    public Assessment finish(Member caller, Instant now) {
        requireManager(caller);
        return finishBySystem(now);
    }

    /** Finishes the assessment because it is complete or past its due date. */
    public Assessment finishBySystem(Instant now) {
        requireOpen();
        return copy(coFacilitators, due, zone, Status.FINISHED, sentAt, Optional.of(now), policy, assignments);
    }

    /** Cancels the assessment: it will never be scored. */
    public Assessment cancel(Member caller, Instant now) {
        requireManager(caller);
        return copy(coFacilitators, due, zone, Status.CANCELLED, sentAt, Optional.of(now), policy, assignments);
    }

    /** Whether a pillar has assignees; an unassigned pillar is open to everyone. */
    public boolean isAssigned(String pillarCode) {
        return assignments.containsKey(pillarCode);
    }

    /** The members who owe answers for a pillar: its direct members plus the members of its roles. */
    public Set<Member> assignees(String pillarCode, Collection<Role> roles) {
        PillarAssignment a = assignments.get(pillarCode);
        return a == null ? Set.of() : a.resolve(roles);
    }

    /** Whether {@code member} may answer the pillar's items: facilitator, assignee, or anyone when unassigned. */
    public boolean mayAnswer(Member member, String pillarCode, Collection<Role> roles) {
        return facilitator.equals(member)
                || !isAssigned(pillarCode)
                || assignees(pillarCode, roles).contains(member);
    }

    /** Refuses an answer when the assessment is closed (ASSESSMENT_CLOSED) or the member may not answer (NOT_ASSIGNEE). */
    public void requireMayAnswer(Member member, String pillarCode, Collection<Role> roles) {
        requireOpen();
        if (!mayAnswer(member, pillarCode, roles)) {
            throw new DomainException(Reason.NOT_ASSIGNEE, member.name() + " is not assigned to " + pillarCode);
        }
    }

    /** The same assessment as stored with another optimistic-locking version. */
    public Assessment withVersion(long newVersion) {
        return new Assessment(
                id,
                conversation,
                roleScope,
                workload,
                facilitator,
                coFacilitators,
                checklistId,
                checklistVersion,
                language,
                createdAt,
                due,
                zone,
                status,
                sentAt,
                closedAt,
                policy,
                assignments,
                newVersion);
    }

    private void requireManager(Member caller) {
        requireOpen();
        if (!isManagedBy(caller)) {
            throw new DomainException(Reason.NOT_FACILITATOR, caller.name() + " does not facilitate " + workload);
        }
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new DomainException(Reason.ASSESSMENT_CLOSED, workload + " is " + status);
        }
    }

    private static void requireFuture(Optional<LocalDate> due, ZoneId zone, Instant now) {
        if (due.isPresent() && due.get().isBefore(LocalDate.ofInstant(now, zone))) {
            throw new DomainException(Reason.DUE_DATE_IN_PAST, "The due date " + due.get() + " has passed");
        }
    }

    private Assessment copy(
            Set<Member> newCoFacilitators,
            Optional<LocalDate> newDue,
            ZoneId newZone,
            Status newStatus,
            Optional<Instant> newSentAt,
            Optional<Instant> newClosedAt,
            ConsolidationPolicy newPolicy,
            Map<String, PillarAssignment> newAssignments) {
        return new Assessment(
                id,
                conversation,
                roleScope,
                workload,
                facilitator,
                newCoFacilitators,
                checklistId,
                checklistVersion,
                language,
                createdAt,
                newDue,
                newZone,
                newStatus,
                newSentAt,
                newClosedAt,
                newPolicy,
                newAssignments,
                version);
    }
}
