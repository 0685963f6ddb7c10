package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.Member;
import io.wafml.assessment.Progress;
import io.wafml.assessment.Role;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.StatusView;
import io.wafml.cards.view.TextBar;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The status card: progress per pillar and per member, who still owes answers, and the reminder policy. */
@Component
class StatusCards {

    private final TeamsCards cards;
    private final AssessmentViews views;
    private final Checklist checklist;
    private final ObjectProvider<ReminderStatus> reminders;

    StatusCards(
            TeamsCards cards, AssessmentViews views, Checklist checklist, ObjectProvider<ReminderStatus> reminders) {
        this.cards = cards;
        this.views = views;
        this.checklist = checklist;
        this.reminders = reminders;
    }

    ObjectNode card(Assessment assessment, Progress progress, List<Role> roles, Language language) {
        Messages m = cards.messages(language);
        ReminderStatus reminder = reminders.getIfAvailable();
        Set<String> blocked = reminder == null ? Set.of() : reminder.blockedMembers(assessment);
        Map<Member, int[]> perMember = new LinkedHashMap<>();
        int answered = 0;
        int total = 0;
        List<StatusView.PillarProgress> pillars = new java.util.ArrayList<>();
        for (Progress.PillarProgress p : progress.pillars()) {
            int pillarAnswered = p.members().isEmpty()
                    ? p.answeredItems()
                    : p.members().stream()
                            .mapToInt(Progress.MemberProgress::answered)
                            .sum();
            int pillarTotal =
                    p.members().isEmpty() ? p.items() : p.items() * p.members().size();
            p.members().forEach(mp -> {
                int[] counts = perMember.computeIfAbsent(mp.member(), k -> new int[2]);
                counts[0] += mp.answered();
                counts[1] += mp.answered() + mp.owed();
            });
            answered += pillarAnswered;
            total += pillarTotal;
            Pillar pillar = checklist.findPillar(p.pillarCode()).orElseThrow();
            pillars.add(new StatusView.PillarProgress(
                    pillar.code(),
                    pillar.name().in(language),
                    pillarAnswered,
                    pillarTotal,
                    TextBar.of(pillarAnswered, pillarTotal),
                    p.assigned() ? views.assigneesText(assessment, pillar, roles, m) : m.text("status.openToAll")));
        }
        List<StatusView.MemberProgress> members = perMember.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().name(), String.CASE_INSENSITIVE_ORDER))
                .map(e -> new StatusView.MemberProgress(
                        PlainText.of(e.getKey().name()),
                        e.getValue()[0],
                        e.getValue()[1],
                        TextBar.of(e.getValue()[0], e.getValue()[1]),
                        blocked.contains(e.getKey().id())))
                .toList();
        String pending = progress.outstanding().stream()
                .sorted(Comparator.comparing(o -> o.member().name(), String.CASE_INSENSITIVE_ORDER))
                .map(o -> PlainText.of(o.member().name()) + " (" + o.items().size() + ")")
                .collect(Collectors.joining(", "));
        String blockedNames = perMember.keySet().stream()
                .filter(member -> blocked.contains(member.id()))
                .map(member -> PlainText.of(member.name()))
                .collect(Collectors.joining(", "));
        return cards.render(
                "status",
                language,
                new StatusView(
                        assessment.id().toString(),
                        PlainText.of(assessment.workload()),
                        assessment.due().map(AssessmentViews::date).orElse(m.text("common.noDueDate")),
                        reminder == null ? "" : reminder.policyText(assessment, language),
                        m.format(
                                "status.overall",
                                answered,
                                total,
                                total == 0 ? 0 : Math.round(100.0 * answered / total)),
                        pillars,
                        members,
                        pending,
                        blockedNames));
    }
}
