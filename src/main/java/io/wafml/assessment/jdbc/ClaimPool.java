package io.wafml.assessment.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The connection pool of activity claims: a second pool with the application pool's settings, because a claim holds
 * its connection for the whole turn and must never wait for a connection the turn's own work needs.
 */
final class ClaimPool {

    private ClaimPool() {}

    /** A new pool like the application's Hikari pool, or null when the data source is not a Hikari pool. */
    static HikariDataSource beside(DataSource dataSource) {
        HikariDataSource main;
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return null;
            }
            main = dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("The application data source cannot be inspected", e);
        }
        HikariConfig config = new HikariConfig();
        main.copyStateTo(config);
        config.setPoolName((main.getPoolName() == null ? "wafml" : main.getPoolName()) + "-claims");
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
