package io.wafml.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Bot Connector on loopback that answers every send and update of the bot at once, counts them, and keeps the
 * bodies of sent activities while asked to (for the set-up of a run, not during the load).
 */
final class LoopbackConnector implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong nextId = new AtomicLong(1_000_000);
    private final List<String> kept = new CopyOnWriteArrayList<>();
    private volatile boolean keeping;
    private volatile long lastWriteNanos;

    LoopbackConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Activities sent or updated so far. */
    long writes() {
        return writes.get();
    }

    /** When the last activity write arrived ({@link System#nanoTime()}). */
    long lastWriteNanos() {
        return lastWriteNanos;
    }

    /** Starts keeping the bodies of activity writes, dropping those kept before. */
    void keepBodies(boolean keep) {
        kept.clear();
        keeping = keep;
    }

    List<String> keptBodies() {
        return List.copyOf(kept);
    }

    /** Waits until at least {@code count} activity writes arrived, or fails after the timeout. */
    void awaitWrites(long count, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (writes.get() < count) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("the bot sent " + writes.get() + " activities, expected " + count);
            }
            Thread.sleep(2);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String answer = "{}";
        if (path.contains("/activities") && ("POST".equals(method) || "PUT".equals(method))) {
            if (keeping) {
                kept.add(new String(body, StandardCharsets.UTF_8));
            }
            answer = Json.MAPPER
                    .createObjectNode()
                    .put("id", String.valueOf(nextId.incrementAndGet()))
                    .toString();
            lastWriteNanos = System.nanoTime();
            writes.incrementAndGet();
        } else if (path.endsWith("/members")) {
            answer = "[]";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
