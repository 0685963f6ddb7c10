package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that are not usable activities get a 4xx with a short reason, never a 500, and reach no one. */
class MalformedRequestTest extends EndToEndTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"type\":", "[1,2,3]", "\"message\"", "42", "null"})
    void rejectsBodiesThatAreNotJsonObjects(String body) {
        BotClient.Reply reply = bot.postRaw(body, null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).startsWith("body is not");
        assertThat(connector.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "serviceUrl", "conversation", "from"})
    void rejectsActivitiesMissingARequiredField(String field) {
        ObjectNode activity = Fixtures.channelMessage("help");
        activity.put("serviceUrl", connector.serviceUrl());
        activity.remove(field);

        BotClient.Reply reply = bot.postRaw(activity.toString(), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText())
                .startsWith("missing required fields")
                .contains(field);
        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void rejectsAConversationWithoutAnId() {
        ObjectNode activity = Fixtures.channelMessage("help");
        activity.putObject("conversation").put("conversationType", "channel");

        BotClient.Reply reply = bot.post(activity);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).contains("conversation.id");
    }

    @Test
    void rejectsFieldsOfTheWrongType() {
        ObjectNode activity = Fixtures.channelMessage("help");
        activity.put("serviceUrl", connector.serviceUrl());
        activity.put("timestamp", "not a time");

        BotClient.Reply reply = bot.postRaw(activity.toString(), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("body is not an activity");
    }

    @Test
    void rejectsBodiesOverTheSizeLimitWith413() {
        ObjectNode activity = Fixtures.channelMessage("help " + "x".repeat(MessagesController.MAX_BODY_BYTES));

        BotClient.Reply reply = bot.post(activity);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void rejectsOversizedBodiesSentWithoutAContentLength() throws Exception {
        byte[] big = new byte[MessagesController.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void healthReportsUpWithTheDatabase() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        var health = Fixtures.JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
    }
}
