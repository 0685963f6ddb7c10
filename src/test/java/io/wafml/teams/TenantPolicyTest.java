package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import io.wafml.assessment.ConversationKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tenant allow-list and the per-conversation command limit, without the rest of the bot. */
class TenantPolicyTest {

    private static final String TENANT = "11111111-2222-3333-4444-555555555555";

    @Test
    void allowsEveryTenantWhenTheListIsEmpty() {
        TenantPolicy policy = new TenantPolicy(new SecurityProperties(List.of(), 30, 2000));

        assertThat(policy.refusal(activity("any-tenant", "any-tenant"))).isEmpty();
        assertThat(policy.refusal(activity(null, null))).isEmpty();
    }

    @Test
    void refusesTenantsOffTheListAndDisagreeingTenantFieldsEvenWithAnEmptyList() {
        TenantPolicy listed =
                new TenantPolicy(new SecurityProperties(List.of(" " + TENANT.toUpperCase() + " "), 30, 2000));
        TenantPolicy open = new TenantPolicy(new SecurityProperties(List.of(), 30, 2000));

        assertThat(listed.refusal(activity(TENANT, null))).isEmpty();
        assertThat(listed.refusal(activity(null, TENANT))).isEmpty();
        assertThat(listed.refusal(activity("other", "other"))).contains("tenant not allowed");
        assertThat(listed.refusal(activity(null, null))).contains("tenant not allowed");
        assertThat(open.refusal(activity(TENANT, "other"))).contains("conflicting tenant ids");
    }

    @Test
    void limitsCommandsPerConversationWithinASlidingMinute() {
        MutableClock clock = new MutableClock();
        CommandRateLimiter limiter = new CommandRateLimiter(2, clock);
        ConversationKey channel = new ConversationKey(TENANT, "19:a");
        ConversationKey other = new ConversationKey(TENANT, "19:b");

        assertThat(limiter.tryAcquire(channel)).isTrue();
        assertThat(limiter.tryAcquire(channel)).isTrue();
        assertThat(limiter.tryAcquire(channel)).isFalse();
        assertThat(limiter.tryAcquire(other)).isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(limiter.tryAcquire(channel)).isTrue();
    }

    private static Activity activity(String conversationTenant, String channelDataTenant) {
        Activity activity = Activity.createMessageActivity();
        ConversationAccount conversation = new ConversationAccount("19:a");
        conversation.setTenantId(conversationTenant);
        activity.setConversation(conversation);
        if (channelDataTenant != null) {
            activity.setChannelData(Map.of("tenant", Map.of("id", channelDataTenant)));
        }
        return activity;
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-04T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
