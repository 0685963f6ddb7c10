package io.wafml.teams;

import com.microsoft.bot.schema.ConversationReference;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.Member;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Posts the score card of a finished assessment to its conversation in the background, then turns the posted
 * category cards read-only. Only the caller whose {@code finish}/{@code finishBySystem} returned true calls it, so
 * each assessment gets one score card.
 */
@Component
class ScoreCardPoster implements ScoreCardPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScoreCardPoster.class);

    private final AssessmentService service;
    private final Checklist checklist;
    private final ScoreCards scoreCards;
    private final TeamsCards cards;
    private final Replies replies;
    private final ProactiveSender sender;
    private final Conversations conversations;
    private final ChecklistPoster poster;
    private final PostedCards posted;
    private final Executor executor;

    ScoreCardPoster(
            AssessmentService service,
            Checklist checklist,
            ScoreCards scoreCards,
            TeamsCards cards,
            Replies replies,
            ProactiveSender sender,
            Conversations conversations,
            ChecklistPoster poster,
            PostedCards posted,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.service = service;
        this.checklist = checklist;
        this.scoreCards = scoreCards;
        this.cards = cards;
        this.replies = replies;
        this.sender = sender;
        this.conversations = conversations;
        this.poster = poster;
        this.posted = posted;
        this.executor = executor;
    }

    @Override
    public void publish(AssessmentId assessment, FinishReason reason) {
        publish(assessment, reason, Optional.empty());
    }

    /** Posts the score card naming who finished the assessment, when a member did. */
    void publish(AssessmentId assessment, FinishReason reason, Optional<Member> finishedBy) {
        executor.execute(() -> {
            try {
                post(assessment, reason, finishedBy);
            } catch (RuntimeException e) {
                log.error("Posting the score card of assessment {} failed", assessment, e);
            }
        });
    }

    private void post(AssessmentId id, FinishReason reason, Optional<Member> finishedBy) {
        Assessment assessment = service.get(id);
        ConversationReference reference = conversations
                .of(assessment.conversation())
                .orElseThrow(() -> new IllegalStateException("No conversation reference for " + id));
        Messages m = cards.messages(assessment.language());
        var subject = new ScoreCards.Subject(
                assessment, service.result(id), service.progress(id), reasonText(assessment, reason, finishedBy, m));
        sender.post(reference, replies.card(scoreCards.card(subject, assessment.language())));
        readOnly(id);
    }

    private void readOnly(AssessmentId id) {
        Map<String, String> cardsPosted = posted.all(id);
        for (Category category : checklist.pillars().stream()
                .flatMap(p -> p.categories().stream())
                .toList()) {
            if (cardsPosted.containsKey(category.id())) {
                try {
                    poster.refresh(id, category);
                } catch (RuntimeException e) {
                    log.warn("Could not make the card of {} read-only in assessment {}", category.id(), id, e);
                }
            }
        }
    }

    static String reasonText(Assessment assessment, FinishReason reason, Optional<Member> finishedBy, Messages m) {
        return switch (reason) {
            case ALL_ANSWERED -> m.text("score.reason.allAnswered");
            case DUE_DATE -> m.text("score.reason.due");
            case FACILITATOR ->
                m.format(
                        "score.reason.facilitator",
                        PlainText.of(finishedBy.orElse(assessment.facilitator()).name()));
        };
    }
}
