package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A Bot Connector on loopback: records every call the bot makes (replies, proactive sends, updates, member
 * look-ups) and answers like the real service, or with scripted failures (429 with Retry-After, 500, 403).
 */
public final class FakeConnector implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final Map<String, List<ObjectNode>> rosters = new ConcurrentHashMap<>();
    private volatile Duration updateJitter = Duration.ZERO;

    /** One recorded request from the bot. */
    public record Call(String method, String path, String authorization, JsonNode body, int status) {

        /** Whether this call sent or updated an activity (not a look-up). */
        public boolean isActivityWrite() {
            return path.contains("/activities") && ("POST".equals(method) || "PUT".equals(method));
        }
    }

    /** A scripted failure for the next matching call. */
    private record Failure(Predicate<String> pathMatches, int status, String body, Duration retryAfter) {}

    public FakeConnector() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The service URL to put in activities, with a trailing slash as Teams sends it. */
    public String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The activities the bot sent or updated, in order. */
    public List<JsonNode> sentActivities() {
        return calls.stream()
                .filter(c -> c.isActivityWrite() && c.status() < 300)
                .map(Call::body)
                .toList();
    }

    /** Waits until at least {@code count} activities were delivered and returns them. */
    public List<JsonNode> awaitActivities(int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> sentActivities().size() >= count);
        return sentActivities();
    }

    /** Waits until at least {@code count} recorded calls match, for work the bot does after answering. */
    public List<Call> awaitCalls(Predicate<Call> matching, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> calls.stream().filter(matching).count() >= count);
        return calls.stream().filter(matching).toList();
    }

    /** The members the conversation's roster look-ups return. */
    public void roster(String conversationId, List<ObjectNode> members) {
        rosters.put(conversationId, members);
    }

    /** The next {@code times} calls whose path contains {@code pathPart} fail with this status. */
    public void failNext(String pathPart, int times, int status, String body, Duration retryAfter) {
        for (int i = 0; i < times; i++) {
            failures.add(new Failure(p -> p.contains(pathPart), status, body, retryAfter));
        }
    }

    /**
     * Holds each message update for a random time below {@code max} before applying it, as the real service may
     * apply concurrent updates in any order; {@link Duration#ZERO} applies them on arrival.
     */
    public void jitterUpdates(Duration max) {
        updateJitter = max;
    }

    private void jitter() {
        long max = updateJitter.toMillis();
        if (max > 0) {
            try {
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(max));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public void reset() {
        calls.clear();
        failures.clear();
        rosters.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if ("PUT".equals(exchange.getRequestMethod())) {
            jitter();
        }
        Failure failure = takeFailure(path);
        if (failure != null) {
            calls.add(new Call(exchange.getRequestMethod(), path, auth, body, failure.status()));
            if (failure.retryAfter() != null) {
                exchange.getResponseHeaders()
                        .add("Retry-After", String.valueOf(failure.retryAfter().toSeconds()));
            }
            respond(exchange, failure.status(), failure.body() == null ? "{}" : failure.body());
            return;
        }
        calls.add(new Call(exchange.getRequestMethod(), path, auth, body, 200));
        respond(exchange, 200, JSON.writeValueAsString(answer(exchange.getRequestMethod(), path)));
    }

    private synchronized Failure takeFailure(String path) {
        for (Failure f : failures) {
            if (f.pathMatches().test(path)) {
                failures.remove(f);
                return f;
            }
        }
        return null;
    }

    private JsonNode answer(String method, String path) {
        String[] parts = path.split("/");
        if (path.endsWith("/pagedmembers")) {
            ObjectNode page = JSON.createObjectNode();
            page.set("members", members(parts[3]));
            return page;
        }
        if (path.endsWith("/members")) {
            return members(parts[3]);
        }
        if ("GET".equals(method) && path.contains("/members/")) {
            String userId = parts[parts.length - 1];
            return members(parts[3])
                    .valueStream()
                    .filter(m -> userId.equals(m.path("id").asText())
                            || userId.equals(m.path("aadObjectId").asText()))
                    .findFirst()
                    .orElseGet(JSON::createObjectNode);
        }
        ObjectNode created = JSON.createObjectNode();
        if ("PUT".equals(method)) {
            created.put("id", parts[parts.length - 1]);
        } else if (path.equals("/v3/conversations")) {
            created.put("id", "a:" + UUID.randomUUID());
        } else {
            created.put("id", "1" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L));
        }
        return created;
    }

    private ArrayNode members(String conversationId) {
        String key = java.net.URLDecoder.decode(conversationId, StandardCharsets.UTF_8);
        ArrayNode array = JSON.createArrayNode();
        rosters.entrySet().stream()
                .filter(e -> key.startsWith(e.getKey()))
                .findFirst()
                .ifPresent(e -> e.getValue().forEach(array::add));
        return array;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
