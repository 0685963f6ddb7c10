package io.wafml.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A table of open assessments' next reminders, of which only {@value #DUE} are due, on H2 (in memory) or PostgreSQL
 * (env {@code TEST_POSTGRES_URL}, default the local {@code test} database), in a schema of its own; and the claim the
 * reminder sweep makes: the due rows, oldest first, locked with {@code FOR UPDATE SKIP LOCKED}.
 */
final class SweepDatabase implements AutoCloseable {

    static final int DUE = 20;
    static final int BATCH = 50;
    static final String CLAIM = "SELECT id, assessment_id, due_at FROM reminder_bench WHERE due_at <= ?"
            + " ORDER BY due_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED";

    final String kind;
    final Connection connection;
    private final String schema =
            "sweep_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    SweepDatabase(String kind, int rows) throws SQLException {
        this.kind = kind;
        this.connection = connect(kind);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("SET " + ("h2".equals(kind) ? "SCHEMA " : "search_path TO ") + schema);
            s.execute("CREATE TABLE reminder_bench (id BIGINT PRIMARY KEY, assessment_id VARCHAR(36) NOT NULL,"
                    + " due_at TIMESTAMP WITH TIME ZONE NOT NULL, attempts INT NOT NULL DEFAULT 0)");
            s.execute("CREATE INDEX reminder_bench_due_at ON reminder_bench (due_at)");
        }
        fill(rows);
        if ("postgresql".equals(kind)) {
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE reminder_bench");
            }
        }
        connection.setAutoCommit(false);
    }

    /** Claims the due rows in a transaction and rolls it back, so every call sees the same table. */
    int claim(Instant now) throws SQLException {
        int claimed = 0;
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed++;
                }
            }
        }
        connection.rollback();
        return claimed;
    }

    /** The database's plan of the claim, with the rows it actually read. */
    List<String> plan(Instant now) throws SQLException {
        String explain = "postgresql".equals(kind) ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        List<String> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(explain + CLAIM)) {
            statement.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        connection.rollback();
        return lines;
    }

    private void fill(int rows) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reminder_bench (id, assessment_id, due_at) VALUES (?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setLong(1, i);
                insert.setString(2, new UUID(0, i).toString());
                Instant due = i < DUE ? now.minusSeconds(3600 - i) : now.plusSeconds(60L * (1 + i % 20_000));
                insert.setTimestamp(3, Timestamp.from(due));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Connection connect(String kind) throws SQLException {
        if ("h2".equals(kind)) {
            return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        if ("postgresql".equals(kind)) {
            String url = System.getenv().getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
            return DriverManager.getConnection(url, user, "");
        }
        throw new IllegalArgumentException("unknown database " + kind);
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        connection.close();
    }
}
