package io.wafml.teams;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and retries of the proactive sender ({@code wafml.sender.*}); the defaults are Teams' published limits.
 *
 * @param conversationPerSecond messages per conversation in any second
 * @param conversationPerHalfMinute messages per conversation in any 30 seconds
 * @param conversationPerHour messages per conversation in any hour
 * @param tenantPerSecond requests per tenant in any second
 * @param maxAttempts tries of one message before giving up (transient errors only)
 * @param initialBackoff the backoff ceiling of the first retry; it doubles with each retry (full jitter)
 * @param maxBackoff the largest backoff ceiling
 */
@ConfigurationProperties("wafml.sender")
record SenderProperties(
        @DefaultValue("7") int conversationPerSecond,
        @DefaultValue("60") int conversationPerHalfMinute,
        @DefaultValue("1800") int conversationPerHour,
        @DefaultValue("50") int tenantPerSecond,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff) {

    SenderProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("wafml.sender.max-attempts must be at least 1");
        }
    }
}
