package io.wafml.assessment.jdbc;

import io.wafml.assessment.ProcessedActivities;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Processed activity ids kept as primary keys: the first insert wins, a replay hits the key. A claim inserts the id
 * in a transaction of its own, held open while the activity is handled: a concurrent claim of the same id waits on
 * the row, a crashed holder's transaction is rolled back by the database, and only a completed claim is committed.
 */
class JdbcProcessedActivities implements ProcessedActivities, AutoCloseable {

    private static final int MAX_ID = 400;
    private static final int CLAIM_WAIT_SECONDS = 60;
    private static final String DUPLICATE_KEY = "23505";
    private static final String INSERT = "INSERT INTO processed_activity (activity_id, processed_at) VALUES (?, ?)";

    private final JdbcClient jdbc;
    private final DataSource claims;
    private final AutoCloseable claimsPool;
    private final Clock clock;

    /** Claims on connections of {@code claims}, closed with this object when {@code claimsPool} is not null. */
    JdbcProcessedActivities(JdbcClient jdbc, DataSource claims, AutoCloseable claimsPool, Clock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.claimsPool = claimsPool;
        this.clock = clock;
    }

    @Override
    public boolean markProcessed(String activityId) {
        requireValid(activityId);
        try {
            jdbc.sql("INSERT INTO processed_activity (activity_id, processed_at) VALUES (:id, :at)")
                    .param("id", activityId)
                    .param("at", Sql.timestamp(clock.instant()), Types.TIMESTAMP_WITH_TIMEZONE)
                    .update();
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }

    @Override
    public Optional<Claim> claim(String activityId) {
        requireValid(activityId);
        Connection connection;
        try {
            connection = claims.getConnection();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("No connection to claim activity " + activityId, e);
        }
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setQueryTimeout(CLAIM_WAIT_SECONDS);
                insert.setString(1, activityId);
                insert.setObject(2, Sql.timestamp(clock.instant()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.executeUpdate();
            }
            return Optional.of(new HeldClaim(connection));
        } catch (SQLException e) {
            HeldClaim.rollbackAndClose(connection, e);
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw new DataAccessResourceFailureException("Claiming activity " + activityId + " failed", e);
        }
    }

    @Override
    public int forgetBefore(Instant before) {
        return jdbc.sql("DELETE FROM processed_activity WHERE processed_at < :before")
                .param("before", Sql.timestamp(before), Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    @Override
    public void close() throws Exception {
        if (claimsPool != null) {
            claimsPool.close();
        }
    }

    private static void requireValid(String activityId) {
        if (activityId == null || activityId.isBlank() || activityId.length() > MAX_ID) {
            throw new IllegalArgumentException("An activity id has 1 to " + MAX_ID + " characters");
        }
    }
}
