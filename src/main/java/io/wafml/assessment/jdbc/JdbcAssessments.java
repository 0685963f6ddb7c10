package io.wafml.assessment.jdbc;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.Assessments;
import io.wafml.assessment.ConcurrentUpdateException;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.RoleScope;
import io.wafml.assessment.Status;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Assessments stored as a row with an optimistic-locking version, plus rows for co-facilitators and assignments. */
class JdbcAssessments implements Assessments {

    private static final String SELECT = "SELECT * FROM assessment ";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AssessmentRows rows;

    JdbcAssessments(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rows = new AssessmentRows(jdbc);
    }

    @Override
    public void add(Assessment assessment) {
        transactions.executeWithoutResult(status -> {
            columns(jdbc.sql("""
                            INSERT INTO assessment (id, tenant_id, conversation_id, role_scope, workload, workload_key,
                                facilitator_id, facilitator_name, checklist_id, checklist_version, language_tag,
                                created_at, due_date, time_zone, status, sent_at, closed_at, policy, lock_version)
                            VALUES (:id, :tenant, :conversation, :scope, :workload, :workloadKey, :facilitatorId,
                                :facilitatorName, :checklistId, :checklistVersion, :language, :createdAt, :due, :zone,
                                :status, :sentAt, :closedAt, :policy, :version)"""), assessment).update();
            rows.insertChildren(assessment);
        });
    }

    @Override
    public Assessment update(Assessment assessment) {
        return transactions.execute(status -> {
            int updated = columns(jdbc.sql("""
                            UPDATE assessment SET role_scope = :scope, workload = :workload, workload_key = :workloadKey,
                                   due_date = :due, time_zone = :zone, status = :status, sent_at = :sentAt,
                                   closed_at = :closedAt, policy = :policy, lock_version = lock_version + 1
                             WHERE id = :id AND lock_version = :version"""), assessment).update();
            if (updated == 0) {
                throw new ConcurrentUpdateException(assessment.id());
            }
            rows.deleteChildren(assessment.id());
            rows.insertChildren(assessment);
            return assessment.withVersion(assessment.version() + 1);
        });
    }

    @Override
    public boolean closeIfOpen(AssessmentId id, Status status, Instant at) {
        return jdbc.sql("""
                        UPDATE assessment SET status = :status, closed_at = :at, lock_version = lock_version + 1
                         WHERE id = :id AND status = 'OPEN'""")
                        .param("status", status.name())
                        .param("at", Sql.timestamp(at), Types.TIMESTAMP_WITH_TIMEZONE)
                        .param("id", id.value())
                        .update()
                == 1;
    }

    @Override
    public Optional<Assessment> find(AssessmentId id) {
        return rows.query(jdbc.sql(SELECT + "WHERE id = :id").param("id", id.value())).stream()
                .findFirst();
    }

    @Override
    public List<Assessment> openIn(ConversationKey conversation) {
        return rows.query(jdbc.sql(SELECT + """
                        WHERE tenant_id = :tenant AND conversation_id = :conversation AND status = 'OPEN'
                        ORDER BY created_at DESC""")
                .param("tenant", conversation.tenantId())
                .param("conversation", conversation.conversationId()));
    }

    @Override
    public List<Assessment> allOpen() {
        return rows.query(jdbc.sql(SELECT + "WHERE status = 'OPEN' ORDER BY created_at"));
    }

    @Override
    public List<Assessment> finishedIn(RoleScope scope) {
        return rows.query(jdbc.sql(SELECT + "WHERE role_scope = :scope AND status = 'FINISHED' ORDER BY closed_at DESC")
                .param("scope", scope.value()));
    }

    private static JdbcClient.StatementSpec columns(JdbcClient.StatementSpec spec, Assessment a) {
        return spec.param("id", a.id().value())
                .param("tenant", a.conversation().tenantId())
                .param("conversation", a.conversation().conversationId())
                .param("scope", a.roleScope().value())
                .param("workload", a.workload())
                .param("workloadKey", a.workload().toLowerCase(Locale.ROOT))
                .param("facilitatorId", a.facilitator().id())
                .param("facilitatorName", a.facilitator().name())
                .param("checklistId", a.checklistId())
                .param("checklistVersion", a.checklistVersion())
                .param("language", a.language().tag())
                .param("createdAt", Sql.timestamp(a.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("due", a.due().orElse(null), Types.DATE)
                .param("zone", a.zone().getId())
                .param("status", a.status().name())
                .param("sentAt", Sql.timestamp(a.sentAt().orElse(null)), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("closedAt", Sql.timestamp(a.closedAt().orElse(null)), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("policy", a.policy().name())
                .param("version", a.version());
    }
}
