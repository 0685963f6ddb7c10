package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import org.springframework.stereotype.Component;

/**
 * Finds the assessment a card action names, trusting nothing in the payload: the assessment must belong to the
 * conversation the action came from, or, for a member's 1:1 chat, to the same tenant.
 */
@Component
class CardScope {

    private final AssessmentService service;
    private final Replies replies;

    CardScope(AssessmentService service, Replies replies) {
        this.service = service;
        this.replies = replies;
    }

    Assessment assessment(Turn turn, JsonNode data) {
        AssessmentId id;
        try {
            id = AssessmentId.parse(data.path("assessmentId").asText(""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the card does not name an assessment");
        }
        Assessment assessment = service.get(id);
        boolean sameConversation = assessment.conversation().equals(turn.conversation());
        boolean ownChat =
                turn.isPersonal() && assessment.conversation().tenantId().equals(turn.tenantId());
        if (!sameConversation && !ownChat) {
            throw new DomainException(
                    DomainException.Reason.NOT_FOUND, "Assessment " + id + " is not in this conversation");
        }
        return assessment;
    }

    ObjectNode invalid(Turn turn, InvalidInputException invalid) {
        return replies.invalidInputCard(turn.language(), invalid);
    }
}
