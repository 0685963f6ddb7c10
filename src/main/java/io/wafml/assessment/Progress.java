package io.wafml.assessment;

import io.wafml.checklist.Checklist;
import io.wafml.checklist.Item;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Pillar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far an assessment has come: per pillar, its assignees and what each has answered and still owes, and per member
 * the items still owed (what reminders are about); see {@code docs/scoring.md} for the rules.
 */
public record Progress(AssessmentId assessmentId, List<PillarProgress> pillars, List<Outstanding> outstanding) {

    public Progress {
        pillars = List.copyOf(pillars);
        outstanding = List.copyOf(outstanding);
    }

    /** One pillar: whether it has assignees, how many items it has and how many anyone answered, and each assignee. */
    public record PillarProgress(
            String pillarCode, boolean assigned, int items, int answeredItems, List<MemberProgress> members) {

        public PillarProgress {
            members = List.copyOf(members);
        }

        /** Every assignee answered every item; without assignees, every item has at least one answer. */
        public boolean isComplete() {
            return members.isEmpty() ? answeredItems == items : members.stream().allMatch(m -> m.owed() == 0);
        }
    }

    /** One assignee of a pillar: items of the pillar answered, and items still owed. */
    public record MemberProgress(Member member, int answered, int owed) {}

    /** A member with unanswered items of the pillars assigned to them, in checklist order. */
    public record Outstanding(Member member, List<ItemId> items) {

        public Outstanding {
            items = List.copyOf(items);
        }
    }

    /** Whether every pillar is complete. */
    public boolean isComplete() {
        return pillars.stream().allMatch(PillarProgress::isComplete);
    }

    /** The progress of an assessment from its answers and the roles of its scope. */
    public static Progress of(
            Checklist checklist, Assessment assessment, Collection<Role> roles, List<Answer> answers) {
        Map<ItemId, Set<Member>> respondents = answers.stream()
                .collect(Collectors.groupingBy(
                        Answer::item, Collectors.mapping(Answer::respondent, Collectors.toSet())));
        Map<Member, List<ItemId>> owed = new LinkedHashMap<>();
        List<PillarProgress> pillars = checklist.pillars().stream()
                .map(p -> pillarProgress(p, assessment.assignees(p.code(), roles), respondents, owed))
                .toList();
        List<Outstanding> outstanding = owed.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new Outstanding(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Outstanding o) -> o.member().name()))
                .toList();
        return new Progress(assessment.id(), pillars, outstanding);
    }

    private static PillarProgress pillarProgress(
            Pillar pillar,
            Set<Member> assignees,
            Map<ItemId, Set<Member>> respondents,
            Map<Member, List<ItemId>> owed) {
        List<ItemId> items = pillar.items().stream().map(Item::id).toList();
        int answeredItems = (int) items.stream()
                .filter(i -> !respondents.getOrDefault(i, Set.of()).isEmpty())
                .count();
        List<MemberProgress> members = assignees.stream()
                .sorted(Comparator.comparing(Member::name).thenComparing(Member::id))
                .map(m -> memberProgress(m, items, respondents, owed))
                .toList();
        return new PillarProgress(pillar.code(), !assignees.isEmpty(), items.size(), answeredItems, members);
    }

    private static MemberProgress memberProgress(
            Member member, List<ItemId> items, Map<ItemId, Set<Member>> respondents, Map<Member, List<ItemId>> owed) {
        List<ItemId> missing = items.stream()
                .filter(i -> !respondents.getOrDefault(i, Set.of()).contains(member))
                .toList();
        owed.computeIfAbsent(member, m -> new ArrayList<>()).addAll(missing);
        return new MemberProgress(member, items.size() - missing.size(), missing.size());
    }
}
