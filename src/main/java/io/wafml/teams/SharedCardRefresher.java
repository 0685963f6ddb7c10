package io.wafml.teams;

import io.wafml.assessment.AssessmentId;
import io.wafml.checklist.Category;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the channel's category cards up to date after answers, outside the answering member's turn: one worker per
 * instance, and a card with several pending answers is updated once, rendered from the latest state. Teams allows 60
 * messages per 30 seconds in a conversation, so a burst of answers must neither wait for nor exceed that limit.
 */
@Component
class SharedCardRefresher {

    private static final Logger log = LoggerFactory.getLogger(SharedCardRefresher.class);

    private record Card(AssessmentId assessment, Category category) {}

    private final ChecklistPoster poster;
    private final Set<Card> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shared-card-refresh");
        thread.setDaemon(true);
        return thread;
    });

    SharedCardRefresher(ChecklistPoster poster) {
        this.poster = poster;
    }

    /** Asks for the card of a category to show the current progress; returns at once. */
    void request(AssessmentId assessment, Category category) {
        Card card = new Card(assessment, category);
        if (pending.add(card)) {
            worker.execute(() -> refresh(card));
        }
    }

    private void refresh(Card card) {
        pending.remove(card);
        try {
            poster.refresh(card.assessment(), card.category());
        } catch (RuntimeException e) {
            log.warn(
                    "Could not update the card of {} in assessment {}",
                    card.category().id(),
                    card.assessment(),
                    e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
