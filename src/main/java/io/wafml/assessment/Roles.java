package io.wafml.assessment;

import java.util.List;
import java.util.Optional;

/** The stored roles of teams and conversations; role names are compared ignoring case. */
public interface Roles {

    /** Defines a role, or replaces its name spelling and members when it exists. */
    void define(Role role);

    /** The roles of a scope, by name. */
    List<Role> list(RoleScope scope);

    /** The role of a scope with this name, ignoring case. */
    Optional<Role> find(RoleScope scope, String name);
}
