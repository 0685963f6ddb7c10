package io.wafml.assessment;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Who a pillar is assigned to: role names and members directly. */
public record PillarAssignment(Set<String> roles, Set<Member> members) {

    public PillarAssignment {
        roles = Set.copyOf(roles.stream().map(Role::validName).toList());
        members = Set.copyOf(members);
    }

    /** Whether nobody is assigned. */
    public boolean isEmpty() {
        return roles.isEmpty() && members.isEmpty();
    }

    /** The direct members plus the members of the assigned roles found among {@code known}. */
    public Set<Member> resolve(Collection<Role> known) {
        Set<Member> all = new HashSet<>(members);
        known.stream().filter(r -> roles.stream().anyMatch(r::isNamed)).forEach(r -> all.addAll(r.members()));
        return Set.copyOf(all);
    }
}
