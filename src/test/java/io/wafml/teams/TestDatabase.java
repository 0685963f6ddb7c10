package io.wafml.teams;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database an application context under test uses: PostgreSQL in a schema of its own when
 * {@code TEST_POSTGRES_URL} is set, otherwise a private in-memory H2 database.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        String postgres = System.getenv("TEST_POSTGRES_URL");
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (postgres != null && !postgres.isBlank()) {
            registry.add(
                    "spring.datasource.url",
                    () -> postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + name);
            registry.add("spring.datasource.username", () -> envOr("TEST_POSTGRES_USER", "postgres"));
            registry.add("spring.datasource.password", () -> "");
            registry.add("spring.flyway.schemas", () -> name);
            registry.add("spring.flyway.create-schemas", () -> "true");
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
