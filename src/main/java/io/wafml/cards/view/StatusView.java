package io.wafml.cards.view;

import java.util.List;

/** Data of the {@code status} card: progress per pillar and per member, who is still to answer, and who blocked the bot. */
public record StatusView(
        String assessmentId,
        String workload,
        String dueOn,
        String reminderPolicy,
        String overallText,
        List<PillarProgress> pillars,
        List<MemberProgress> members,
        String pendingMembers,
        String blockedMembers) {

    public StatusView {
        assessmentId = Values.required(assessmentId, "assessmentId");
        workload = Values.required(workload, "workload");
        dueOn = Values.text(dueOn);
        reminderPolicy = Values.text(reminderPolicy);
        overallText = Values.text(overallText);
        pillars = Values.list(pillars);
        members = Values.list(members);
        pendingMembers = Values.text(pendingMembers);
        blockedMembers = Values.text(blockedMembers);
    }

    /** Answers given against answers expected in one pillar, its text bar and its assignees (empty when open). */
    public record PillarProgress(String code, String name, int answered, int total, String bar, String assignees) {

        public PillarProgress {
            code = Values.required(code, "code");
            name = Values.required(name, "name");
            Values.atMost(Values.count(answered, "answered"), Values.count(total, "total"), "answered");
            bar = Values.text(bar);
            assignees = Values.text(assignees);
        }
    }

    /** One member's answered and assigned items, and whether the member has blocked the bot. */
    public record MemberProgress(String name, int answered, int total, String bar, boolean blocked) {

        public MemberProgress {
            name = Values.required(name, "name");
            Values.atMost(Values.count(answered, "answered"), Values.count(total, "total"), "answered");
            bar = Values.text(bar);
        }
    }
}
