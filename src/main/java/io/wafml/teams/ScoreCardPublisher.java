package io.wafml.teams;

import io.wafml.assessment.AssessmentId;

/** Posts the consolidated score card of a just-finished assessment to the assessment's conversation. */
interface ScoreCardPublisher {

    /** Why an assessment finished, as shown on its score card. */
    enum FinishReason {
        ALL_ANSWERED,
        FACILITATOR,
        DUE_DATE
    }

    /** Posts the score card; called once, by whoever finished the assessment. */
    void publish(AssessmentId assessment, FinishReason reason);
}
