package io.wafml.teams;

import io.wafml.assessment.AssessmentId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The message id of each category card the bot posted, so progress can be updated in place. */
@Repository
class PostedCards {

    private final JdbcClient jdbc;
    private final Clock clock;

    PostedCards(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a posted card; false if this category already had one. */
    boolean record(AssessmentId assessment, String categoryId, String activityId) {
        try {
            jdbc.sql("INSERT INTO posted_card (assessment_id, category_id, activity_id, posted_at)"
                            + " VALUES (:a, :c, :m, :t)")
                    .param("a", assessment.value())
                    .param("c", categoryId)
                    .param("m", activityId)
                    .param("t", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyPosted) {
            return false;
        }
    }

    Optional<String> find(AssessmentId assessment, String categoryId) {
        return jdbc.sql("SELECT activity_id FROM posted_card WHERE assessment_id = :a AND category_id = :c")
                .param("a", assessment.value())
                .param("c", categoryId)
                .query(String.class)
                .optional();
    }

    /**
     * The message id of a category's card, locking its row until the current transaction ends so that refreshes of
     * the same card run one after the other, also across instances.
     */
    Optional<String> lock(AssessmentId assessment, String categoryId) {
        return jdbc.sql("SELECT activity_id FROM posted_card WHERE assessment_id = :a AND category_id = :c FOR UPDATE")
                .param("a", assessment.value())
                .param("c", categoryId)
                .query(String.class)
                .optional();
    }

    /** Category id to message id, for every card of the assessment. */
    Map<String, String> all(AssessmentId assessment) {
        return jdbc
                .sql("SELECT category_id, activity_id FROM posted_card WHERE assessment_id = :a")
                .param("a", assessment.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
