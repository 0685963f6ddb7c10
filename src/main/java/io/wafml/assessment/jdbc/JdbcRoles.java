package io.wafml.assessment.jdbc;

import io.wafml.assessment.Member;
import io.wafml.assessment.Role;
import io.wafml.assessment.RoleScope;
import io.wafml.assessment.Roles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Roles stored as a row per role and a row per member, keyed by scope and lower-case name. */
class JdbcRoles implements Roles {

    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcRoles(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void define(Role role) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> replace(role));
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<Role> list(RoleScope scope) {
        Map<String, Set<Member>> members = jdbc
                .sql("""
                        SELECT name_key, member_id, member_name FROM team_role_member WHERE role_scope = :scope""")
                .param("scope", scope.value())
                .query((rs, row) -> Map.entry(
                        rs.getString("name_key"), new Member(rs.getString("member_id"), rs.getString("member_name"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return jdbc.sql("SELECT name_key, name FROM team_role WHERE role_scope = :scope ORDER BY name_key")
                .param("scope", scope.value())
                .query((rs, row) ->
                        new Role(scope, rs.getString("name"), members.getOrDefault(rs.getString("name_key"), Set.of())))
                .list();
    }

    @Override
    public Optional<Role> find(RoleScope scope, String name) {
        return list(scope).stream().filter(r -> r.isNamed(name)).findFirst();
    }

    private void replace(Role role) {
        int updated = params(
                        jdbc.sql("UPDATE team_role SET name = :name WHERE role_scope = :scope AND name_key = :key"),
                        role)
                .update();
        if (updated == 0) {
            params(jdbc.sql("INSERT INTO team_role (role_scope, name_key, name) VALUES (:scope, :key, :name)"), role)
                    .update();
        }
        params(jdbc.sql("DELETE FROM team_role_member WHERE role_scope = :scope AND name_key = :key"), role)
                .update();
        for (Member m : role.members()) {
            params(jdbc.sql("""
                            INSERT INTO team_role_member (role_scope, name_key, member_id, member_name)
                            VALUES (:scope, :key, :id, :memberName)"""), role)
                    .param("id", m.id())
                    .param("memberName", m.name())
                    .update();
        }
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Role role) {
        return spec.param("scope", role.scope().value())
                .param("key", Role.key(role.name()))
                .param("name", role.name());
    }
}
