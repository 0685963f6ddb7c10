package io.wafml.assessment.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.IntSupplier;
import org.springframework.dao.DuplicateKeyException;

/** Conversions and the portable upsert shared by the JDBC repositories. */
final class Sql {

    private static final int ATTEMPTS = 3;

    private Sql() {}

    /** The instant as a timestamp with time zone in UTC, or null. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant of a timestamp-with-time-zone column, or null. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Updates a row, or inserts it when no row was updated; when a concurrent insert wins, updates again. Runs each
     * statement on its own (outside a transaction), so a failed insert does not abort anything else.
     */
    static void upsert(IntSupplier update, Runnable insert) {
        for (int attempt = 1; ; attempt++) {
            if (update.getAsInt() > 0) {
                return;
            }
            try {
                insert.run();
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
