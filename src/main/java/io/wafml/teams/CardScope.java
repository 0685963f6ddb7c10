package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import io.wafml.assessment.Member;
import io.wafml.assessment.Role;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Pillar;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the identifiers a card action names (assessment, category, pillar, page), trusting nothing in the payload:
 * each must have the right type and exist, and the assessment must belong to the conversation the action came from,
 * or, for a member's 1:1 chat, to the same tenant and involve that member (facilitator, co-facilitator, assignee or
 * respondent). An assessment out of scope is refused as NOT_FOUND, the same as one that does not exist.
 */
@Component
class CardScope {

    /** The highest page number a card may name. */
    static final int MAX_PAGE = 100;

    private final AssessmentService service;
    private final Checklist checklist;
    private final Replies replies;
    private final TeamsCards cards;

    CardScope(AssessmentService service, Checklist checklist, Replies replies, TeamsCards cards) {
        this.service = service;
        this.checklist = checklist;
        this.replies = replies;
        this.cards = cards;
    }

    /** The assessment named by {@code data.assessmentId}, if the turn may see it. */
    Assessment assessment(Turn turn, JsonNode data) {
        AssessmentId id = assessmentId(data);
        Assessment assessment = service.get(id);
        boolean sameConversation = assessment.conversation().equals(turn.conversation());
        if (!sameConversation && !(turn.isPersonal() && involvedInOwnChat(turn, assessment))) {
            throw new DomainException(
                    DomainException.Reason.NOT_FOUND, "Assessment " + id + " is not in this conversation");
        }
        return assessment;
    }

    /** The checklist category named by {@code data.categoryId}. */
    Category category(JsonNode data) {
        String id = text(data, "categoryId", "the card does not name a category");
        return checklist.pillars().stream()
                .flatMap(p -> p.categories().stream())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown category"));
    }

    /** The pillar named by {@code data.pillar} (code or name). */
    Pillar pillar(JsonNode data) {
        String name = text(data, "pillar", "the card does not name a pillar");
        return checklist
                .findPillar(name)
                .orElseThrow(() -> new DomainException(DomainException.Reason.UNKNOWN_PILLAR, "No pillar " + name));
    }

    /** The page named by {@code data.page} (a number or a numeric text), 1 when there is none. */
    int page(JsonNode data) {
        JsonNode node = data.path("page");
        if (node.isMissingNode() || node.isNull()) {
            return 1;
        }
        String text =
                node.isIntegralNumber() || node.isTextual() ? node.asText().strip() : "";
        if (!text.matches("[0-9]{1,3}")) {
            throw new InvalidInputException("page");
        }
        return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(text)));
    }

    ObjectNode invalid(Turn turn, InvalidInputException invalid) {
        return replies.invalidInputCard(turn.language(), invalid);
    }

    private static AssessmentId assessmentId(JsonNode data) {
        JsonNode node = data.path("assessmentId");
        if (!node.isTextual() || node.asText().length() > 64) {
            throw new InvalidInputException("the card does not name an assessment");
        }
        try {
            return AssessmentId.parse(node.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the card does not name an assessment");
        }
    }

    private boolean involvedInOwnChat(Turn turn, Assessment assessment) {
        if (!assessment.conversation().tenantId().equals(turn.tenantId())) {
            return false;
        }
        Member member = turn.member();
        if (assessment.isManagedBy(member)) {
            return true;
        }
        List<Role> roles = service.roles(assessment.roleScope());
        boolean assignee = checklist.pillars().stream()
                .anyMatch(p -> assessment.assignees(p.code(), roles).contains(member));
        return assignee
                || service.answers(assessment.id()).stream()
                        .anyMatch(a -> a.respondent().equals(member));
    }

    private static String text(JsonNode data, String field, String missing) {
        JsonNode node = data.path(field);
        if (!node.isTextual() || node.asText().isBlank() || node.asText().length() > 100) {
            throw new InvalidInputException(missing);
        }
        return node.asText().strip();
    }
}
