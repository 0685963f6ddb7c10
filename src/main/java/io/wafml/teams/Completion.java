package io.wafml.teams;

import io.wafml.assessment.AssessmentId;

/** Finishes an assessment once every assignee has answered, and posts its score card. */
interface Completion {

    /** Finishes the assessment if it is complete; does nothing otherwise or if it is already finished. */
    void checkComplete(AssessmentId assessment);
}
