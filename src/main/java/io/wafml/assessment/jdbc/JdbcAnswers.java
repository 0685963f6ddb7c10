package io.wafml.assessment.jdbc;

import io.wafml.assessment.Answer;
import io.wafml.assessment.Answers;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.Choice;
import io.wafml.assessment.Member;
import io.wafml.checklist.ItemId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Answers stored one row per (assessment, item, respondent). */
class JdbcAnswers implements Answers {

    private final JdbcClient jdbc;

    JdbcAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Answer answer) {
        Sql.upsert(
                () -> statement(answer, """
                        UPDATE answer SET respondent_name = :name, choice = :choice, note = :note, reason = :reason,
                               answered_at = :at
                         WHERE assessment_id = :assessment AND item_id = :item AND respondent_id = :respondent""").update(),
                () -> statement(answer, """
                        INSERT INTO answer (assessment_id, item_id, respondent_id, respondent_name, choice, note, reason,
                                            answered_at)
                        VALUES (:assessment, :item, :respondent, :name, :choice, :note, :reason, :at)""").update());
    }

    @Override
    public List<Answer> of(AssessmentId assessment) {
        return jdbc.sql("""
                        SELECT assessment_id, item_id, respondent_id, respondent_name, choice, note, reason, answered_at
                          FROM answer WHERE assessment_id = :assessment ORDER BY item_id, respondent_id""")
                .param("assessment", assessment.value())
                .query(JdbcAnswers::map)
                .list();
    }

    private JdbcClient.StatementSpec statement(Answer answer, String sql) {
        return jdbc.sql(sql)
                .param("assessment", answer.assessmentId().value())
                .param("item", answer.item().value())
                .param("respondent", answer.respondent().id())
                .param("name", answer.respondent().name())
                .param("choice", answer.choice().wire())
                .param("note", answer.note(), Types.VARCHAR)
                .param("reason", answer.reason(), Types.VARCHAR)
                .param("at", Sql.timestamp(answer.answeredAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static Answer map(ResultSet rs, int row) throws SQLException {
        return new Answer(
                new AssessmentId(rs.getObject("assessment_id", java.util.UUID.class)),
                new ItemId(rs.getString("item_id")),
                new Member(rs.getString("respondent_id"), rs.getString("respondent_name")),
                Choice.fromWire(rs.getString("choice")),
                rs.getString("note"),
                rs.getString("reason"),
                Sql.instant(rs, "answered_at"));
    }
}
