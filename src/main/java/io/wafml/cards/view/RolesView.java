package io.wafml.cards.view;

import java.util.List;

/** Data of the {@code roles} card: the team's roles with their members and pillars. */
public record RolesView(List<RoleRow> roles) {

    public RolesView {
        roles = Values.list(roles);
    }

    /** One role: its name, its members and its pillars, each as one line (empty when none). */
    public record RoleRow(String name, String members, String pillars) {

        public RoleRow {
            name = Values.required(name, "name");
            members = Values.text(members);
            pillars = Values.text(pillars);
        }
    }
}
