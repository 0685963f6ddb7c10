package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ErrorResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionException;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class ThrottledProactiveSenderTest {

    /** A transport that fails with scripted exceptions before it succeeds, counting the calls. */
    static final class ScriptedTransport implements ConnectorTransport {
        final Deque<RuntimeException> failures = new ArrayDeque<>();
        int calls;

        @Override
        public String post(ConversationReference conversation, Activity message) {
            calls++;
            if (!failures.isEmpty()) {
                throw failures.removeFirst();
            }
            return "id-" + calls;
        }

        @Override
        public void update(ConversationReference conversation, String activityId, Activity message) {
            post(conversation, message);
        }

        @Override
        public String createPersonalChat(ConversationReference from, String tenantId, String memberId) {
            return post(from, null);
        }
    }

    final ScriptedTransport transport = new ScriptedTransport();
    final List<Duration> sleeps = new ArrayList<>();
    final SendLimitsTest.FakeTime time = new SendLimitsTest.FakeTime();
    final SenderProperties properties =
            new SenderProperties(7, 60, 1800, 50, 5, Duration.ofSeconds(1), Duration.ofSeconds(30));
    final ThrottledProactiveSender sender =
            new ThrottledProactiveSender(transport, properties, time, sleeps::add, () -> 0.5);

    @Test
    void retriesThrottlingAfterRetryAfterUntilDelivered() {
        transport.failures.add(failure(429, "2", null));
        transport.failures.add(failure(429, "3", null));

        String id = sender.post(channel(), Activity.createMessageActivity());

        assertThat(id).isEqualTo("id-3");
        assertThat(transport.calls).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    @Test
    void backsOffExponentiallyWithFullJitterForGatewayErrorsWithoutRetryAfter() {
        transport.failures.add(failure(502, null, null));
        transport.failures.add(failure(504, null, null));
        transport.failures.add(failure(412, null, null));

        sender.post(channel(), Activity.createMessageActivity());

        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfTries() {
        for (int i = 0; i < 10; i++) {
            transport.failures.add(failure(429, "1", null));
        }

        assertThatThrownBy(() -> sender.post(channel(), Activity.createMessageActivity()))
                .isInstanceOf(DeliveryFailedException.class)
                .satisfies(
                        e -> assertThat(((DeliveryFailedException) e).status()).isEqualTo(429));
        assertThat(transport.calls).isEqualTo(5);
    }

    @Test
    void reportsABlockedMemberWithoutRetrying() {
        transport.failures.add(failure(403, null, "MessageWritesBlocked"));

        assertThatThrownBy(() -> sender.post(channel(), Activity.createMessageActivity()))
                .isInstanceOf(MessageWritesBlockedException.class);
        assertThat(transport.calls).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void doesNotRetryOtherClientErrors() {
        transport.failures.add(failure(403, null, "BotNotInConversationRoster"));

        assertThatThrownBy(() -> sender.post(channel(), Activity.createMessageActivity()))
                .isInstanceOf(DeliveryFailedException.class);
        assertThat(transport.calls).isEqualTo(1);
    }

    @Test
    void waitsForTheRateLimitBeforeSending() {
        for (int i = 0; i < 8; i++) {
            sender.post(channel(), Activity.createMessageActivity());
        }

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        var retryAfter = ConnectorFailure.retryAfter("Mon, 07 Dec 2026 01:00:05 GMT", SendLimitsTest.START);

        assertThat(retryAfter).contains(Duration.ofSeconds(5));
    }

    private static ConversationReference channel() {
        ConversationReference reference = new ConversationReference();
        ConversationAccount conversation = new ConversationAccount("19:channel@thread.tacv2");
        conversation.setTenantId("tenant");
        reference.setConversation(conversation);
        return reference;
    }

    private static RuntimeException failure(int status, String retryAfter, String code) {
        okhttp3.Response.Builder raw = new okhttp3.Response.Builder()
                .code(status)
                .message("status " + status)
                .protocol(Protocol.HTTP_1_1)
                .request(new Request.Builder()
                        .url("http://127.0.0.1/v3/conversations")
                        .build());
        if (retryAfter != null) {
            raw.header("Retry-After", retryAfter);
        }
        retrofit2.Response<ResponseBody> response =
                retrofit2.Response.error(ResponseBody.create("{}", MediaType.get("application/json")), raw.build());
        ErrorResponse body = null;
        if (code != null) {
            com.microsoft.bot.schema.Error error = new com.microsoft.bot.schema.Error();
            error.setCode(code);
            body = new ErrorResponse();
            body.setError(error);
        }
        return new CompletionException(new ErrorResponseException("status " + status, response, body));
    }
}
