package io.wafml.assessment;

import java.util.List;

/** The stored answers: one per assessment, item and respondent. */
public interface Answers {

    /** Stores an answer, replacing the respondent's earlier answer to the same item; safe under concurrency. */
    void save(Answer answer);

    /** Every answer of an assessment. */
    List<Answer> of(AssessmentId assessment);
}
