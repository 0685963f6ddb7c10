package io.wafml.teams;

import io.wafml.assessment.Answer;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.Member;
import io.wafml.assessment.PillarAssignment;
import io.wafml.assessment.Role;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.AssessmentStartedView;
import io.wafml.cards.view.Choice;
import io.wafml.cards.view.RolesView;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Maps an assessment and its roles to the data of the started and roles cards. */
@Component
class AssessmentViews {

    private final TeamsCards cards;
    private final Checklist checklist;

    AssessmentViews(TeamsCards cards, Checklist checklist) {
        this.cards = cards;
        this.checklist = checklist;
    }

    AssessmentStartedView started(Assessment assessment, List<Role> roles, Language language) {
        Messages m = cards.messages(language);
        List<AssessmentStartedView.Role> roleChoices = roles.stream()
                .map(r -> new AssessmentStartedView.Role(r.name(), PlainText.of(r.name())))
                .toList();
        List<AssessmentStartedView.PillarRow> pillars = checklist.pillars().stream()
                .map(p -> pillarRow(assessment, p, roles, m, language))
                .toList();
        return new AssessmentStartedView(
                assessment.id().toString(),
                PlainText.of(assessment.workload()),
                PlainText.of(assessment.facilitator().name()),
                date(assessment.createdAt().atZone(assessment.zone()).toLocalDate()),
                assessment.due().map(AssessmentViews::date).orElse(m.text("common.noDueDate")),
                checklist.title().in(language),
                checklist.version(),
                checklist.disclaimer().in(language),
                checklist.premise().in(language),
                roleChoices,
                pillars);
    }

    RolesView roles(List<Role> roles, Assessment current, Language language) {
        Messages m = cards.messages(language);
        return new RolesView(roles.stream()
                .sorted(Comparator.comparing(Role::name, String.CASE_INSENSITIVE_ORDER))
                .map(r -> new RolesView.RoleRow(
                        PlainText.of(r.name()),
                        r.members().isEmpty() ? m.text("roles.noMembers") : names(r.members()),
                        current == null ? m.text("roles.noPillars") : pillarsOfRole(current, r, m, language)))
                .toList());
    }

    /** The members' display names, sorted and made safe to show. */
    static String names(Collection<Member> members) {
        return members.stream()
                .map(member -> PlainText.of(member.name()))
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", "));
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static LocalDate today(Assessment assessment, java.time.Clock clock) {
        return LocalDate.now(clock.withZone(assessment.zone() == null ? ZoneId.of("UTC") : assessment.zone()));
    }

    /** Who a pillar is assigned to, as one line: roles first, then people; or open to everyone. */
    String assigneesText(Assessment assessment, Pillar pillar, List<Role> roles, Messages m) {
        PillarAssignment assignment = assessment.assignments().get(pillar.code());
        if (assignment == null || assignment.isEmpty()) {
            return m.text("started.openToAll");
        }
        Set<Member> members = assignment.resolve(roles);
        String roleNames = assignment.roles().stream()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .map(PlainText::of)
                .collect(Collectors.joining(", "));
        String people = names(members);
        return roleNames.isEmpty() ? people : people.isEmpty() ? roleNames : roleNames + " (" + people + ")";
    }

    private AssessmentStartedView.PillarRow pillarRow(
            Assessment assessment, Pillar pillar, List<Role> roles, Messages m, Language language) {
        PillarAssignment assignment = assessment.assignments().get(pillar.code());
        Set<String> roleNames = assignment == null ? Set.of() : assignment.roles();
        Set<Member> direct = assignment == null ? Set.of() : assignment.members();
        return new AssessmentStartedView.PillarRow(
                pillar.code(),
                pillar.name().in(language),
                pillar.items().size(),
                assigneesText(assessment, pillar, roles, m),
                String.join(",", roleNames.stream().sorted().toList()),
                direct.stream().map(Member::id).sorted().collect(Collectors.joining(",")),
                direct.stream()
                        .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                        .map(member -> new Choice(PlainText.of(member.name()), member.id()))
                        .toList());
    }

    private String pillarsOfRole(Assessment assessment, Role role, Messages m, Language language) {
        String pillars = checklist.pillars().stream()
                .filter(p -> {
                    PillarAssignment a = assessment.assignments().get(p.code());
                    return a != null && a.roles().stream().anyMatch(role::isNamed);
                })
                .map(p -> p.name().in(language))
                .collect(Collectors.joining(", "));
        return pillars.isEmpty() ? m.text("roles.noPillars") : pillars;
    }

    /** The latest answer of each respondent to each item, for a viewer. */
    static List<Answer> answersOf(List<Answer> answers, Member viewer) {
        return answers.stream().filter(a -> a.respondent().equals(viewer)).toList();
    }
}
