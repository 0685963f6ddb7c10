package io.wafml.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * A closed-loop load on loopback: {@code members} threads, each posting its next activity as soon as the previous
 * one was answered, for a bounded time; reports throughput and latency percentiles of the measured window.
 */
final class LoadRun {

    /** The outcome of one window. */
    record Result(
            int members, long requests, long errors, double seconds, double p50, double p99, double max, double cpuMs) {

        double throughput() {
            return requests / seconds;
        }

        /** CPU time the bot spent per answered request. */
        double cpuMsPerRequest() {
            return requests == 0 ? 0 : cpuMs / requests;
        }

        Result withCpu(double millis) {
            return new Result(members, requests, errors, seconds, p50, p99, max, millis);
        }
    }

    private LoadRun() {}

    /**
     * Runs {@code members} senders for {@code seconds}; {@code activity.apply(member, round)} gives each request's
     * body. Only 2xx answers count as requests; anything else is an error.
     */
    static Result run(URI endpoint, int members, Duration length, BiFunction<Integer, Long, String> activity)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long end = System.nanoTime() + length.toNanos();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[members];
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(members);
        long started = System.nanoTime();
        for (int m = 0; m < members; m++) {
            long[] mine = new long[1 << 16];
            latencies.add(mine);
            int member = m;
            Thread thread = new Thread(() -> {
                try {
                    for (long round = 0; System.nanoTime() < end; round++) {
                        HttpRequest request = HttpRequest.newBuilder(endpoint)
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(activity.apply(member, round)))
                                .build();
                        long t0 = System.nanoTime();
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        long took = System.nanoTime() - t0;
                        if (status / 100 == 2 && counts[member] < mine.length) {
                            mine[counts[member]++] = took;
                        } else if (status / 100 != 2) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int m = 0; m < members; m++) {
            System.arraycopy(latencies.get(m), 0, all, at, counts[m]);
            at += counts[m];
        }
        Arrays.sort(all);
        return new Result(
                members,
                total,
                errors.get(),
                seconds,
                percentile(all, 0.50),
                percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                0);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
