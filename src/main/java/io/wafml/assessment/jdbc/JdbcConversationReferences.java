package io.wafml.assessment.jdbc;

import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.ConversationReferences;
import io.wafml.assessment.Member;
import java.sql.Types;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Conversation references stored as opaque text per conversation and per member's 1:1 chat. */
class JdbcConversationReferences implements ConversationReferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcConversationReferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void store(ConversationKey conversation, String reference) {
        upsert(
                "conversation_reference",
                "conversation_id",
                conversation.tenantId(),
                conversation.conversationId(),
                reference);
    }

    @Override
    public Optional<String> load(ConversationKey conversation) {
        return load(
                "conversation_reference", "conversation_id", conversation.tenantId(), conversation.conversationId());
    }

    @Override
    public void storeForMember(String tenantId, Member member, String reference) {
        upsert("member_conversation_reference", "member_id", tenantId, member.id(), reference);
    }

    @Override
    public Optional<String> loadForMember(String tenantId, Member member) {
        return load("member_conversation_reference", "member_id", tenantId, member.id());
    }

    private void upsert(String table, String keyColumn, String tenantId, String key, String reference) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("A conversation reference is required");
        }
        Sql.upsert(
                () -> statement(
                                "UPDATE " + table + " SET reference = :reference, updated_at = :at"
                                        + " WHERE tenant_id = :tenant AND " + keyColumn + " = :key",
                                tenantId,
                                key,
                                reference)
                        .update(),
                () -> statement(
                                "INSERT INTO " + table + " (tenant_id, " + keyColumn + ", reference, updated_at)"
                                        + " VALUES (:tenant, :key, :reference, :at)",
                                tenantId,
                                key,
                                reference)
                        .update());
    }

    private JdbcClient.StatementSpec statement(String sql, String tenantId, String key, String reference) {
        return jdbc.sql(sql)
                .param("tenant", tenantId)
                .param("key", key)
                .param("reference", reference)
                .param("at", Sql.timestamp(clock.instant()), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private Optional<String> load(String table, String keyColumn, String tenantId, String key) {
        return jdbc.sql("SELECT reference FROM " + table + " WHERE tenant_id = :tenant AND " + keyColumn + " = :key")
                .param("tenant", tenantId)
                .param("key", key)
                .query(String.class)
                .optional();
    }
}
