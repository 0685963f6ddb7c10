package io.wafml.bench;

import java.util.List;
import java.util.Locale;

/** The round-trip results as Markdown tables, with ratios against the first echo target. */
final class Report {

    private Report() {}

    static String markdown(List<RoundTrip.Measured> results) {
        List<RoundTrip.Measured> floors =
                results.stream().filter(r -> r.target().kind().equals("echo")).toList();
        StringBuilder md = new StringBuilder();
        for (RoundTrip.Measured floor : floors.isEmpty() ? List.of(results.get(0)) : floors) {
            md.append("#### Against ").append(floor.target().label()).append("\n\n");
            md.append(markdown(results, floor)).append('\n');
        }
        return md.toString();
    }

    private static String markdown(List<RoundTrip.Measured> results, RoundTrip.Measured floor) {
        StringBuilder md = new StringBuilder();
        md.append("| bot | healthy (ms) | first reply (ms) | x floor | idle RSS (MiB) | x floor | RSS after load (MiB)"
                + " | x floor |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RoundTrip.Measured r : results) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %.2f | %.1f | %.2f | %.1f | %.2f |%n",
                    r.target().label(),
                    r.startup().healthyMs(),
                    r.startup().firstReplyMs(),
                    r.startup().firstReplyMs() / floor.startup().firstReplyMs(),
                    r.startup().idleRssMiB(),
                    r.startup().idleRssMiB() / floor.startup().idleRssMiB(),
                    r.rssAfterLoad(),
                    r.rssAfterLoad() / floor.rssAfterLoad()));
        }
        md.append("\n| bot | members | answers/s | x floor | p50 (ms) | p99 (ms) | x floor | max (ms) | CPU ms/answer"
                + " | x floor | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RoundTrip.Measured r : results) {
            for (int i = 0; i < r.loads().size(); i++) {
                LoadRun.Result load = r.loads().get(i);
                LoadRun.Result base = floor.loads().get(i);
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.1f | %.2f | %.1f | %.1f | %.2f | %.1f | %.2f | %.2f | %d |%n",
                        r.target().label(),
                        load.members(),
                        load.throughput(),
                        load.throughput() / base.throughput(),
                        load.p50(),
                        load.p99(),
                        load.p99() / base.p99(),
                        load.max(),
                        load.cpuMsPerRequest(),
                        load.cpuMsPerRequest() / base.cpuMsPerRequest(),
                        load.errors()));
            }
        }
        return md.toString();
    }
}
