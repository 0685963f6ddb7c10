package io.wafml.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One launched bot JVM: its start-up times, its resident memory and its HTTP endpoint. */
final class BotProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final int CLOCK_TICKS_PER_SECOND = 100;

    final int port;
    private final Process process;
    private final long launchedNanos;

    private BotProcess(int port, Process process, long launchedNanos) {
        this.port = port;
        this.process = process;
        this.launchedNanos = launchedNanos;
    }

    /** Launches {@code command} with {@code --server.port=<free port>} appended, in a fresh working directory. */
    static BotProcess launch(List<String> command, Path log) throws IOException {
        int port = freePort();
        List<String> full = new ArrayList<>(command);
        full.add("--server.port=" + port);
        Path work = Files.createTempDirectory("bench-bot");
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        return new BotProcess(port, builder.start(), start);
    }

    /** Milliseconds from launch until {@code /actuator/health} answers 200. */
    double awaitHealthy(Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot exited with " + process.exitValue());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return millisSinceLaunch(System.nanoTime());
                }
            } catch (IOException notYet) {
                Thread.sleep(5);
            }
        }
        throw new IllegalStateException("not healthy within " + timeout);
    }

    /** Posts an activity and returns the HTTP status. */
    int post(String activity) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    double millisSinceLaunch(long nanos) {
        return (nanos - launchedNanos) / 1e6;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Resident set size in MiB, from {@code /proc/<pid>/status}. */
    double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    /** CPU time (user + system) the process used so far, in milliseconds, from {@code /proc/<pid>/stat}. */
    double cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000.0 / CLOCK_TICKS_PER_SECOND;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
