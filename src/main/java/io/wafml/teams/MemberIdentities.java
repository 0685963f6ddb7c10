package io.wafml.teams;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Entra object id and display name behind each Teams user id the bot has heard from. */
@Repository
class MemberIdentities {

    /** One member as Teams identifies them. */
    record Identity(String tenantId, String memberId, String aadObjectId, String name) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberIdentities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(Identity identity) {
        int updated = jdbc.sql("UPDATE member_identity SET aad_object_id = :aad, member_name = :name, seen_at = :at"
                        + " WHERE tenant_id = :tenant AND member_id = :member")
                .param("aad", identity.aadObjectId())
                .param("name", identity.name())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("tenant", identity.tenantId())
                .param("member", identity.memberId())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO member_identity (tenant_id, member_id, aad_object_id, member_name, seen_at)"
                                + " VALUES (:tenant, :member, :aad, :name, :at)")
                        .param("tenant", identity.tenantId())
                        .param("member", identity.memberId())
                        .param("aad", identity.aadObjectId())
                        .param("name", identity.name())
                        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                        .update();
            } catch (DuplicateKeyException concurrentFirstSighting) {
                remember(identity);
            }
        }
    }

    Optional<Identity> find(String tenantId, String memberId) {
        return jdbc.sql("SELECT tenant_id, member_id, aad_object_id, member_name FROM member_identity"
                        + " WHERE tenant_id = :tenant AND member_id = :member")
                .param("tenant", tenantId)
                .param("member", memberId)
                .query((rs, n) -> new Identity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }
}
