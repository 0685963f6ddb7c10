package io.wafml.cards.view;

import java.util.List;

/**
 * Data of the {@code assessment-started} card: the assessment's facts, the checklist's disclaimer and premise, each
 * pillar with its assignees, and the choices of the inline assignment form.
 */
public record AssessmentStartedView(
        String assessmentId,
        String workload,
        String facilitator,
        String startedOn,
        String dueOn,
        String checklistName,
        String checklistVersion,
        String disclaimer,
        String premise,
        List<Role> roles,
        List<PillarRow> pillars) {

    public AssessmentStartedView {
        assessmentId = Values.required(assessmentId, "assessmentId");
        workload = Values.required(workload, "workload");
        facilitator = Values.text(facilitator);
        startedOn = Values.text(startedOn);
        dueOn = Values.text(dueOn);
        checklistName = Values.text(checklistName);
        checklistVersion = Values.text(checklistVersion);
        disclaimer = Values.text(disclaimer);
        premise = Values.text(premise);
        roles = Values.list(roles);
        pillars = Values.list(pillars);
    }

    /** A role the team defined, offered in every pillar's role picker. */
    public record Role(String id, String name) {

        public Role {
            id = Values.required(id, "id");
            name = Values.required(name, "name");
        }
    }

    /**
     * One pillar: its item count, its assignees as one line (empty when open to everyone), and the current selection
     * of the assignment form (comma-separated role ids and member ids, with the members as people-picker choices).
     */
    public record PillarRow(
            String code,
            String name,
            int itemCount,
            String assignees,
            String roleIds,
            String memberIds,
            List<Choice> members) {

        public PillarRow {
            code = Values.required(code, "code");
            name = Values.required(name, "name");
            Values.count(itemCount, "itemCount");
            assignees = Values.text(assignees);
            roleIds = Values.text(roleIds);
            memberIds = Values.text(memberIds);
            members = Values.list(members);
        }
    }
}
