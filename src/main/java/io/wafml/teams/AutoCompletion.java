package io.wafml.teams;

import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import org.springframework.stereotype.Component;

/** Finishes an assessment as soon as every assignee has answered every item, and posts its one score card. */
@Component
class AutoCompletion implements Completion {

    private final AssessmentService service;
    private final ScoreCardPublisher publisher;

    AutoCompletion(AssessmentService service, ScoreCardPublisher publisher) {
        this.service = service;
        this.publisher = publisher;
    }

    @Override
    public void checkComplete(AssessmentId assessment) {
        if (service.get(assessment).isOpen()
                && service.progress(assessment).isComplete()
                && service.finishBySystem(assessment)) {
            publisher.publish(assessment, ScoreCardPublisher.FinishReason.ALL_ANSWERED);
        }
    }
}
