package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts activities over HTTP to the running bot, pointing their service URL at the fake connector. */
public final class BotClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final FakeConnector connector;

    /** A posted activity's HTTP answer. */
    public record Reply(int status, String body) {

        /** The body as JSON. */
        public JsonNode json() {
            try {
                return Fixtures.JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    public BotClient(int port, FakeConnector connector) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/api/messages");
        this.connector = connector;
    }

    /** Posts the activity without an Authorization header. */
    public Reply post(ObjectNode activity) {
        return post(activity, null);
    }

    /** Posts the activity with the given bearer token (or none when null). */
    public Reply post(ObjectNode activity, String token) {
        activity.put("serviceUrl", connector.serviceUrl());
        return postRaw(activity.toString(), token);
    }

    /** Posts a raw body as it is. */
    public Reply postRaw(String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
