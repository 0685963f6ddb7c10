package io.wafml.teams;

import io.wafml.assessment.ConversationKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Limits how many typed commands one conversation may send per minute (a sliding window kept in memory per
 * instance); card actions are not limited here, as each one is bound to a card the bot posted.
 */
@Component
class CommandRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentMap<ConversationKey, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @Autowired
    CommandRateLimiter(SecurityProperties properties) {
        this(properties.commandsPerMinute(), Clock.systemUTC());
    }

    CommandRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Records a command of the conversation; false when it has already sent its share in the last minute. */
    boolean tryAcquire(ConversationKey conversation) {
        Instant now = clock.instant();
        if (recent.size() > MAX_TRACKED) {
            recent.entrySet().removeIf(e -> isIdle(e.getValue(), now));
        }
        Deque<Instant> times = recent.computeIfAbsent(conversation, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private static boolean isIdle(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().isAfter(now.minus(WINDOW));
        }
    }
}
