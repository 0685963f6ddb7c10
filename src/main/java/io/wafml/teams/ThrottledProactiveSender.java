package io.wafml.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import io.wafml.assessment.Member;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one sender of proactive messages: keeps within Teams' rate limits per conversation and per tenant, retries
 * throttling (429), precondition (412), gateway (502, 504) and network errors with exponential backoff and full
 * jitter, never sooner than Teams' {@code Retry-After}, gives up after a bounded number of tries, and reports a
 * member who blocked the bot as {@link MessageWritesBlockedException} without retrying.
 */
class ThrottledProactiveSender implements ProactiveSender {

    /** Waits; the real one sleeps the thread, tests record the waits. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(ThrottledProactiveSender.class);

    private final ConnectorTransport transport;
    private final SendLimits limits;
    private final SenderProperties properties;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final InstantSource time;

    ThrottledProactiveSender(
            ConnectorTransport transport,
            SenderProperties properties,
            InstantSource time,
            Sleeper sleeper,
            DoubleSupplier random) {
        this.transport = transport;
        this.properties = properties;
        this.time = time;
        this.sleeper = sleeper;
        this.random = random;
        this.limits = new SendLimits(
                List.of(
                        new SendLimits.Limit(properties.conversationPerSecond(), Duration.ofSeconds(1)),
                        new SendLimits.Limit(properties.conversationPerHalfMinute(), Duration.ofSeconds(30)),
                        new SendLimits.Limit(properties.conversationPerHour(), Duration.ofHours(1))),
                List.of(new SendLimits.Limit(properties.tenantPerSecond(), Duration.ofSeconds(1))),
                time);
    }

    /** The production sender: real time, real sleeps, a thread-local random source. */
    static ThrottledProactiveSender of(ConnectorTransport transport, SenderProperties properties) {
        return new ThrottledProactiveSender(
                transport,
                properties,
                InstantSource.system(),
                duration -> Thread.sleep(duration.toMillis()),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Override
    public String post(ConversationReference conversation, Activity message) {
        return send(conversation, "post", () -> transport.post(conversation, message));
    }

    @Override
    public void update(ConversationReference conversation, String activityId, Activity message) {
        send(conversation, "update", () -> {
            transport.update(conversation, activityId, message);
            return activityId;
        });
    }

    @Override
    public ConversationReference personalChat(ConversationReference from, String tenantId, Member member) {
        String id = send(from, "create-conversation", () -> transport.createPersonalChat(from, tenantId, member.id()));
        ConversationReference chat = new ConversationReference();
        chat.setServiceUrl(from.getServiceUrl());
        chat.setChannelId(from.getChannelId());
        chat.setBot(from.getBot());
        chat.setUser(new ChannelAccount(member.id(), member.name()));
        ConversationAccount conversation = new ConversationAccount(id);
        conversation.setTenantId(tenantId);
        conversation.setConversationType("personal");
        chat.setConversation(conversation);
        return chat;
    }

    private <T> T send(ConversationReference conversation, String operation, Supplier<T> call) {
        String conversationId = conversation.getConversation().getId();
        String tenant = conversation.getConversation().getTenantId();
        for (int attempt = 1; ; attempt++) {
            pause(limits.reserve(conversationId, tenant == null ? Turn.NO_TENANT : tenant));
            try {
                return call.get();
            } catch (RuntimeException e) {
                ConnectorFailure failure =
                        ConnectorFailure.of(e, time.instant()).orElseThrow(() -> e);
                if (failure.isBlocked()) {
                    throw new MessageWritesBlockedException(e);
                }
                if (!failure.isTransient()) {
                    throw new DeliveryFailedException(
                            "Teams refused the " + operation + " with HTTP " + failure.status(), failure.status(), e);
                }
                if (attempt >= properties.maxAttempts()) {
                    log.warn(
                            "Gave up a {} to a conversation after {} tries; last answer HTTP {}",
                            operation,
                            attempt,
                            failure.status());
                    throw new DeliveryFailedException(
                            "No delivery after " + attempt + " tries, last HTTP " + failure.status(),
                            failure.status(),
                            e);
                }
                Duration delay = backoff(attempt, failure);
                log.info(
                        "Teams answered HTTP {} to a {}; try {} in {} ms",
                        failure.status(),
                        operation,
                        attempt + 1,
                        delay.toMillis());
                pause(delay);
            }
        }
    }

    /** Full jitter: a random delay up to the doubling ceiling, and never less than Teams' Retry-After. */
    Duration backoff(int retry, ConnectorFailure failure) {
        long ceiling = Math.min(
                properties.maxBackoff().toMillis(),
                properties.initialBackoff().toMillis() * (1L << Math.min(retry - 1, 20)));
        Duration jittered = Duration.ofMillis((long) (random.getAsDouble() * ceiling));
        Duration floor = failure.retryAfter().orElse(Duration.ZERO);
        return jittered.compareTo(floor) < 0 ? floor : jittered;
    }

    private void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("Interrupted while waiting to send", 0, e);
        }
    }
}
