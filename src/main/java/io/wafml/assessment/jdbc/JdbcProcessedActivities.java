package io.wafml.assessment.jdbc;

import io.wafml.assessment.ProcessedActivities;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Processed activity ids kept as primary keys: the first insert wins, a replay hits the key. */
class JdbcProcessedActivities implements ProcessedActivities {

    private static final int MAX_ID = 400;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcProcessedActivities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean markProcessed(String activityId) {
        if (activityId == null || activityId.isBlank() || activityId.length() > MAX_ID) {
            throw new IllegalArgumentException("An activity id has 1 to " + MAX_ID + " characters");
        }
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
    public int forgetBefore(Instant before) {
        return jdbc.sql("DELETE FROM processed_activity WHERE processed_at < :before")
                .param("before", Sql.timestamp(before), Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }
}
