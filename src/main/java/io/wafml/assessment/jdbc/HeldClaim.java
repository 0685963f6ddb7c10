package io.wafml.assessment.jdbc;

import io.wafml.assessment.ProcessedActivities;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.dao.DataAccessResourceFailureException;

/** A claim held as an open transaction on its own connection: committed on completion, rolled back on release. */
final class HeldClaim implements ProcessedActivities.Claim {

    private final Connection connection;
    private final AtomicBoolean open = new AtomicBoolean(true);

    HeldClaim(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void complete() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            rollbackAndClose(connection, e);
            throw new DataAccessResourceFailureException("Completing an activity claim failed", e);
        }
        close(connection);
    }

    @Override
    public void release() {
        if (open.compareAndSet(true, false)) {
            rollbackAndClose(connection, null);
        }
    }

    /** Rolls back and returns the connection to its pool; problems are added to {@code cause} when there is one. */
    static void rollbackAndClose(Connection connection, SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (cause == null) {
                throw new DataAccessResourceFailureException("Releasing an activity claim failed", e);
            }
            cause.addSuppressed(e);
        } finally {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Returning a claim connection failed", e);
        }
    }
}
