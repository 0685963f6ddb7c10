package io.wafml.assessment.jdbc;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A migrated test database: an in-memory H2 database, or a fresh schema on the PostgreSQL server named by
 * {@code TEST_POSTGRES_URL} (skipped when unset, failing instead when {@code CI=true}), dropped on close.
 */
final class TestDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String schema;

    private TestDatabase(HikariDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** A new in-memory H2 database in its default mode. */
    static TestDatabase h2() {
        String url = "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        TestDatabase db = new TestDatabase(pool(url, "sa"), null);
        db.migrate();
        return db;
    }

    /** A new schema on the test PostgreSQL server. */
    static TestDatabase postgres() {
        String url = System.getenv("TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("TEST_POSTGRES_URL must be set when CI=true");
            }
            assumeTrue(false, "TEST_POSTGRES_URL is not set");
        }
        String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
        String schema = "wafml_test_" + UUID.randomUUID().toString().replace("-", "");
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        TestDatabase db = new TestDatabase(pool(withSchema, user), schema);
        db.migrate();
        return db;
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (schema != null) {
            JdbcClient.create(dataSource)
                    .sql("DROP SCHEMA " + schema + " CASCADE")
                    .update();
        }
        dataSource.close();
    }

    private void migrate() {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        config.load().migrate();
    }

    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
