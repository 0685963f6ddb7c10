package io.wafml.teams;

import com.microsoft.bot.schema.ConversationReference;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Pillar;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Posts an assessment's checklist to its conversation, one card per category, in the background; keeps each card's
 * message id so progress can be shown on it, and posts only what is missing when asked again.
 */
@Component
class ChecklistPoster {

    private static final Logger log = LoggerFactory.getLogger(ChecklistPoster.class);

    private final AssessmentService service;
    private final Checklist checklist;
    private final ItemsCards items;
    private final Replies replies;
    private final PostedCards posted;
    private final ProactiveSender sender;
    private final Conversations conversations;
    private final Executor executor;

    ChecklistPoster(
            AssessmentService service,
            Checklist checklist,
            ItemsCards items,
            Replies replies,
            PostedCards posted,
            ProactiveSender sender,
            Conversations conversations,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.service = service;
        this.checklist = checklist;
        this.items = items;
        this.replies = replies;
        this.posted = posted;
        this.sender = sender;
        this.conversations = conversations;
        this.executor = executor;
    }

    /** Starts posting the cards that are not posted yet; returns how many categories the checklist has. */
    int postAll(Assessment assessment) {
        executor.execute(() -> {
            try {
                postMissing(assessment.id());
            } catch (RuntimeException e) {
                log.error("Posting the checklist of assessment {} failed", assessment.id(), e);
            }
        });
        return (int) checklist.pillars().stream()
                .mapToLong(p -> p.categories().size())
                .sum();
    }

    /** Replaces the shared card of a category with its current progress. */
    void refresh(AssessmentId id, Category category) {
        refresh(subject(service.get(id), category));
    }

    /** Replaces the shared card of the subject's category with the subject's progress. */
    void refresh(ItemsCards.Subject subject) {
        Assessment assessment = subject.assessment();
        Optional<String> message =
                posted.find(assessment.id(), subject.category().id());
        Optional<ConversationReference> reference = conversations.of(assessment.conversation());
        if (message.isEmpty() || reference.isEmpty()) {
            return;
        }
        sender.update(reference.get(), message.get(), replies.card(items.shared(subject, assessment.language())));
    }

    private void postMissing(AssessmentId id) {
        Assessment assessment = service.get(id);
        ConversationReference reference = conversations
                .of(assessment.conversation())
                .orElseThrow(() -> new IllegalStateException("No conversation reference for " + id));
        var done = posted.all(id);
        var roles = service.roles(assessment.roleScope());
        var answers = service.answers(id);
        for (Pillar pillar : checklist.pillars()) {
            for (Category category : pillar.categories()) {
                if (!done.containsKey(category.id())) {
                    var subject = new ItemsCards.Subject(assessment, pillar, category, roles, answers);
                    var card = items.shared(subject, assessment.language());
                    String messageId = sender.post(reference, replies.card(card));
                    posted.record(id, category.id(), messageId == null ? "" : messageId);
                }
            }
        }
    }

    ItemsCards.Subject subject(Assessment assessment, Category category) {
        Pillar pillar = checklist.pillars().stream()
                .filter(p -> p.categories().contains(category))
                .findFirst()
                .orElseThrow();
        return new ItemsCards.Subject(
                assessment, pillar, category, service.roles(assessment.roleScope()), service.answers(assessment.id()));
    }
}
