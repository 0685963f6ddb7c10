package io.wafml.assessment.jdbc;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.ConsolidationPolicy;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.Member;
import io.wafml.assessment.PillarAssignment;
import io.wafml.assessment.RoleScope;
import io.wafml.assessment.Status;
import io.wafml.checklist.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Maps assessment rows and their co-facilitator and assignment rows to and from {@link Assessment}. */
class AssessmentRows {

    private final JdbcClient jdbc;

    AssessmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assessments selected by a query on the assessment table, with their child rows. */
    List<Assessment> query(JdbcClient.StatementSpec select) {
        return select.query(AssessmentRows::head).list().stream()
                .map(this::withChildren)
                .toList();
    }

    void insertChildren(Assessment a) {
        for (Member m : a.coFacilitators()) {
            jdbc.sql("""
                            INSERT INTO assessment_co_facilitator (assessment_id, member_id, member_name)
                            VALUES (:id, :member, :name)""")
                    .param("id", a.id().value())
                    .param("member", m.id())
                    .param("name", m.name())
                    .update();
        }
        a.assignments().forEach((pillar, assignment) -> insertAssignment(a.id(), pillar, assignment));
    }

    void deleteChildren(AssessmentId id) {
        for (String table : List.of("assessment_co_facilitator", "pillar_role", "pillar_member")) {
            jdbc.sql("DELETE FROM " + table + " WHERE assessment_id = :id")
                    .param("id", id.value())
                    .update();
        }
    }

    private void insertAssignment(AssessmentId id, String pillar, PillarAssignment assignment) {
        for (String role : assignment.roles()) {
            jdbc.sql("INSERT INTO pillar_role (assessment_id, pillar_code, role_name) VALUES (:id, :pillar, :role)")
                    .param("id", id.value())
                    .param("pillar", pillar)
                    .param("role", role)
                    .update();
        }
        for (Member m : assignment.members()) {
            jdbc.sql("""
                            INSERT INTO pillar_member (assessment_id, pillar_code, member_id, member_name)
                            VALUES (:id, :pillar, :member, :name)""")
                    .param("id", id.value())
                    .param("pillar", pillar)
                    .param("member", m.id())
                    .param("name", m.name())
                    .update();
        }
    }

    private Assessment withChildren(Assessment head) {
        UUID id = head.id().value();
        Set<Member> coFacilitators = new HashSet<>(
                jdbc.sql("SELECT member_id, member_name FROM assessment_co_facilitator WHERE assessment_id = :id")
                        .param("id", id)
                        .query((rs, row) -> new Member(rs.getString("member_id"), rs.getString("member_name")))
                        .list());
        Map<String, Set<String>> roles = new HashMap<>();
        jdbc.sql("SELECT pillar_code, role_name FROM pillar_role WHERE assessment_id = :id")
                .param("id", id)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getString("pillar_code"), p -> new HashSet<>())
                            .add(rs.getString("role_name"));
                });
        Map<String, Set<Member>> members = new HashMap<>();
        jdbc.sql("SELECT pillar_code, member_id, member_name FROM pillar_member WHERE assessment_id = :id")
                .param("id", id)
                .query(rs -> {
                    members.computeIfAbsent(rs.getString("pillar_code"), p -> new HashSet<>())
                            .add(new Member(rs.getString("member_id"), rs.getString("member_name")));
                });
        Set<String> pillars = new HashSet<>(roles.keySet());
        pillars.addAll(members.keySet());
        Map<String, PillarAssignment> assignments = new HashMap<>();
        pillars.forEach(p -> assignments.put(
                p, new PillarAssignment(roles.getOrDefault(p, Set.of()), members.getOrDefault(p, Set.of()))));
        return new Assessment(
                head.id(),
                head.conversation(),
                head.roleScope(),
                head.workload(),
                head.facilitator(),
                coFacilitators,
                head.checklistId(),
                head.checklistVersion(),
                head.language(),
                head.createdAt(),
                head.due(),
                head.zone(),
                head.status(),
                head.sentAt(),
                head.closedAt(),
                head.policy(),
                assignments,
                head.version());
    }

    private static Assessment head(ResultSet rs, int row) throws SQLException {
        return new Assessment(
                new AssessmentId(rs.getObject("id", UUID.class)),
                new ConversationKey(rs.getString("tenant_id"), rs.getString("conversation_id")),
                new RoleScope(rs.getString("role_scope")),
                rs.getString("workload"),
                new Member(rs.getString("facilitator_id"), rs.getString("facilitator_name")),
                Set.of(),
                rs.getString("checklist_id"),
                rs.getString("checklist_version"),
                Language.valueOf(rs.getString("language_tag").toUpperCase(Locale.ROOT)),
                Sql.instant(rs, "created_at"),
                Optional.ofNullable(rs.getObject("due_date", LocalDate.class)),
                ZoneId.of(rs.getString("time_zone")),
                Status.valueOf(rs.getString("status")),
                Optional.ofNullable(Sql.instant(rs, "sent_at")),
                Optional.ofNullable(Sql.instant(rs, "closed_at")),
                ConsolidationPolicy.valueOf(rs.getString("policy")),
                Map.of(),
                rs.getLong("lock_version"));
    }
}
