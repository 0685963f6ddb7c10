package io.wafml.teams;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database an application context under test uses: PostgreSQL in a schema of its own when
 * {@code TEST_POSTGRES_URL} is set, otherwise a private in-memory H2 database. The schemas a test JVM creates are
 * dropped when it exits; schemas of this kind left by a killed run are dropped by a later run after a day.
 */
public final class TestDatabase {

    private static final String PREFIX = "wafml_e2e_";
    private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d+)_[0-9a-f]+");
    private static final Duration STALE = Duration.ofDays(1);
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-schemas"));
    }

    private TestDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        String postgres = postgresUrl();
        if (postgres != null) {
            String name = newSchema();
            registry.add("spring.datasource.url", () -> withSchema(postgres, name));
            registry.add("spring.datasource.username", TestDatabase::postgresUser);
            registry.add("spring.datasource.password", () -> "");
            registry.add("spring.flyway.schemas", () -> name);
            registry.add("spring.flyway.create-schemas", () -> "true");
        } else {
            String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
    }

    /** The PostgreSQL test server's JDBC URL, or null when the tests run on H2. */
    public static String postgresUrl() {
        String url = System.getenv("TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? null : url;
    }

    public static String postgresUser() {
        String value = System.getenv("TEST_POSTGRES_USER");
        return value == null || value.isBlank() ? "postgres" : value;
    }

    /** A name for a new schema, to be dropped when this JVM exits; removes stale schemas of earlier runs. */
    public static String newSchema() {
        if (CREATED.isEmpty()) {
            dropStale();
        }
        String name = PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        CREATED.add(name);
        return name;
    }

    /** The JDBC URL of the test server with the given schema as the current one. */
    public static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Runs SQL on the test server outside any schema. */
    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on the test database: " + sql, e);
        }
    }

    private static void dropCreated() {
        if (postgresUrl() != null) {
            CREATED.forEach(name -> execute("DROP SCHEMA IF EXISTS " + name + " CASCADE"));
        }
    }

    private static void dropStale() {
        if (postgresUrl() == null) {
            return;
        }
        List<String> stale = new ArrayList<>();
        long cutOff = Instant.now().minus(STALE).getEpochSecond();
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), "");
                Statement statement = connection.createStatement();
                ResultSet names = statement.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
            while (names.next()) {
                Matcher m = NAME.matcher(names.getString(1));
                if (m.matches() && Long.parseLong(m.group(1)) < cutOff) {
                    stale.add(m.group());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the test database's schemas", e);
        }
        stale.forEach(name -> execute("DROP SCHEMA IF EXISTS " + name + " CASCADE"));
    }
}
