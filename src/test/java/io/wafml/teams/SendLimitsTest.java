package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendLimitsTest {

    static final Instant START = Instant.parse("2026-12-07T01:00:00Z");

    /** A clock that moves only when told to. */
    static final class FakeTime implements InstantSource {
        Instant now = START;

        @Override
        public Instant instant() {
            return now;
        }
    }

    final FakeTime time = new FakeTime();
    final SendLimits limits = new SendLimits(
            List.of(new SendLimits.Limit(7, Duration.ofSeconds(1)), new SendLimits.Limit(60, Duration.ofSeconds(30))),
            List.of(new SendLimits.Limit(50, Duration.ofSeconds(1))),
            time);

    @Test
    void letsSevenMessagesThroughAtOnceAndDelaysTheEighthByASecond() {
        List<Duration> waits = reserve("conversation-a", "tenant", 8);

        assertThat(waits.subList(0, 7)).allMatch(Duration::isZero);
        assertThat(waits.get(7)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void neverAllowsMoreThanSixtyInThirtySecondsToOneConversation() {
        List<Instant> sends = new ArrayList<>();
        for (Duration wait : reserve("conversation-a", "tenant", 130)) {
            sends.add(START.plus(wait));
        }

        for (Instant at : sends) {
            long inWindow = sends.stream()
                    .filter(s -> !s.isBefore(at) && s.isBefore(at.plusSeconds(30)))
                    .count();
            assertThat(inWindow).isLessThanOrEqualTo(60);
        }
        assertThat(sends.get(60)).isEqualTo(START.plusSeconds(30));
        assertThat(sends.get(120)).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void limitsATenantToFiftyRequestsPerSecondAcrossConversations() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            waits.add(limits.reserve("conversation-" + i, "tenant"));
        }

        assertThat(waits.subList(0, 50)).allMatch(Duration::isZero);
        assertThat(waits.get(50)).isEqualTo(Duration.ofSeconds(1));
        assertThat(limits.reserve("conversation-x", "other-tenant")).isZero();
    }

    @Test
    void forgetsWindowsOnceTimeHasMovedOn() {
        reserve("conversation-a", "tenant", 7);
        time.now = START.plusSeconds(2);

        assertThat(limits.reserve("conversation-a", "tenant")).isZero();
    }

    @Test
    void dropsIdleKeysSoMemoryDoesNotGrowWithConversations() {
        for (int i = 0; i < 999; i++) {
            limits.reserve("conversation-" + i, "tenant-" + i);
        }
        time.now = START.plus(Duration.ofMinutes(5));

        limits.reserve("late", "tenant-late");

        assertThat(limits.trackedKeys()).isLessThanOrEqualTo(3);
    }

    private List<Duration> reserve(String conversation, String tenant, int count) {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            waits.add(limits.reserve(conversation, tenant));
        }
        return waits;
    }
}
