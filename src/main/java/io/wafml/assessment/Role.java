package io.wafml.assessment;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A named role of a team (or conversation), such as "Security engineer", and the members who hold it. */
public record Role(RoleScope scope, String name, Set<Member> members) {

    /** The longest role name accepted. */
    public static final int MAX_NAME = 50;

    public Role {
        Objects.requireNonNull(scope, "scope");
        name = validName(name);
        members = Set.copyOf(members);
    }

    /** The trimmed role name; INVALID_ROLE_NAME when it is blank or longer than {@value #MAX_NAME} characters. */
    public static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new DomainException(
                    DomainException.Reason.INVALID_ROLE_NAME, "A role name has 1 to " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    /** The name in the form used to compare role names, which ignore case. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether this role has the given name, ignoring case. */
    public boolean isNamed(String other) {
        return key(name).equals(key(other));
    }
}
