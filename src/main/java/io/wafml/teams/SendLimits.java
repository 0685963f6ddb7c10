package io.wafml.teams;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sliding-window rate limits for outgoing requests, per conversation and per tenant: {@link #reserve} books the
 * earliest moment at which one more request stays within every window and says how long to wait for it. Requests of
 * one conversation or tenant leave in the order they were reserved.
 */
final class SendLimits {

    /** At most {@code limit} requests in any period of length {@code window}. */
    record Limit(int limit, Duration window) {

        Limit {
            if (limit < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException(
                        "A limit needs a positive count and window: " + limit + "/" + window);
            }
        }
    }

    private final List<Limit> perConversation;
    private final List<Limit> perTenant;
    private final InstantSource time;
    private final Map<String, Deque<Instant>> booked = new HashMap<>();
    private int reservations;

    SendLimits(List<Limit> perConversation, List<Limit> perTenant, InstantSource time) {
        this.perConversation = List.copyOf(perConversation);
        this.perTenant = List.copyOf(perTenant);
        this.time = time;
    }

    /** Books a request to a conversation of a tenant and returns how long to wait before sending it. */
    synchronized Duration reserve(String conversation, String tenant) {
        Instant now = time.instant();
        Instant at = now;
        for (Limit limit : perConversation) {
            at = later(at, earliest(key("c", conversation, limit), limit));
        }
        for (Limit limit : perTenant) {
            at = later(at, earliest(key("t", tenant, limit), limit));
        }
        for (Limit limit : perConversation) {
            book(key("c", conversation, limit), limit, at);
        }
        for (Limit limit : perTenant) {
            book(key("t", tenant, limit), limit, at);
        }
        if (++reservations % 1000 == 0) {
            forgetOlderThan(now);
        }
        return Duration.between(now, at);
    }

    /** Number of keys with bookings, for tests of the clean-up. */
    synchronized int trackedKeys() {
        return booked.size();
    }

    private Instant earliest(String key, Limit limit) {
        Deque<Instant> times = booked.get(key);
        if (times == null || times.isEmpty()) {
            return Instant.MIN;
        }
        Instant last = times.peekLast();
        if (times.size() < limit.limit()) {
            return last;
        }
        return later(last, times.peekFirst().plus(limit.window()));
    }

    private void book(String key, Limit limit, Instant at) {
        Deque<Instant> times = booked.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.addLast(at);
        while (times.size() > limit.limit()) {
            times.removeFirst();
        }
    }

    private void forgetOlderThan(Instant now) {
        Duration longest = List.of(perConversation, perTenant).stream()
                .flatMap(List::stream)
                .map(Limit::window)
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
        booked.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(longest)));
    }

    private static String key(String kind, String id, Limit limit) {
        return kind + "|" + limit.limit() + "/" + limit.window().toMillis() + "|" + id;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
