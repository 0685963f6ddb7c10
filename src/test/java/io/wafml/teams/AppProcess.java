package io.wafml.teams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The packaged application running as a real operating-system process ({@code java -jar}) on a free port, with the
 * given environment on top of the test's (minus the bot identity, so it runs without authentication).
 */
final class AppProcess implements AutoCloseable {

    private static final List<String> IDENTITY =
            List.of("MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppType", "MicrosoftAppTenantId");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;

    private AppProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts the jar built by the package phase; its output goes to {@code target/it-logs/<name>.log}. */
    static AppProcess start(String name, Map<String, String> environment) {
        int port = freePort();
        Path logs = Path.of("target", "it-logs");
        Path workDir = logs.resolve(name + "-work");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar().toAbsolutePath().toString()));
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(
                            logs.resolve(name + ".log").toFile()));
            IDENTITY.forEach(builder.environment()::remove);
            builder.environment().putAll(environment);
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            // Every test conversation sends far more than the 30 commands a minute a real channel is allowed.
            builder.environment().put("WAFML_SECURITY_COMMANDS_PER_MINUTE", "100000");
            return new AppProcess(name, port, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until the health endpoint answers UP with the database among its components; returns the body. */
    String awaitHealthy(Duration timeout) {
        String[] body = new String[1];
        Awaitility.await(name + " healthy")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue());
                    }
                    body[0] = health();
                    return body[0] != null
                            && Fixtures.JSON
                                    .readTree(body[0])
                                    .path("status")
                                    .asText()
                                    .equals("UP");
                });
        return body[0];
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    /** Kills the process at once (SIGKILL on Linux): no shutdown hook, no graceful shutdown. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private String health() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException notYetListening) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("No application jar in target/: run the package phase"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
