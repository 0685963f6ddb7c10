package io.wafml.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.wafml.checklist.Category;
import io.wafml.checklist.ChecklistLoader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts each bot (the product, the echo floor) several times and measures start-up to a healthy
 * {@code /actuator/health} and to the first answered {@code help}, idle memory, then the answer round trip under
 * load. Arguments: {@code --target kind:label=command...} (kind {@code product} or {@code echo}, repeated),
 * {@code --members 20,50}, {@code --seconds 20}, {@code --warmup 15}, {@code --starts 3}, {@code --out file}.
 */
public final class RoundTrip {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** One bot to measure. */
    record Target(String kind, String label, List<String> command) {

        static Target parse(String spec) {
            int colon = spec.indexOf(':');
            int equals = spec.indexOf('=');
            return new Target(
                    spec.substring(0, colon),
                    spec.substring(colon + 1, equals),
                    List.of(spec.substring(equals + 1).trim().split("\\s+")));
        }
    }

    /** What one target measured. */
    record Measured(Target target, Startup startup, double rssAfterLoad, List<LoadRun.Result> loads) {}

    /** Medians over the starts. */
    record Startup(double healthyMs, double firstReplyMs, double idleRssMiB) {}

    private RoundTrip() {}

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> options = options(args);
        int[] members = Arrays.stream(one(options, "members", "20,50").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        Duration window = Duration.ofSeconds(Long.parseLong(one(options, "seconds", "20")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(one(options, "warmup", "15")));
        int starts = Integer.parseInt(one(options, "starts", "3"));
        Path logs = Files.createDirectories(Path.of(one(options, "logs", "target/bench/logs")));
        List<Measured> results = new ArrayList<>();
        try (LoopbackConnector connector = new LoopbackConnector()) {
            for (String spec : options.getOrDefault("target", List.of())) {
                Target target = Target.parse(spec);
                OUT.println("== " + target.label() + ": " + String.join(" ", target.command()));
                results.add(measure(target, connector, logs, starts, members, warmup, window));
            }
        }
        String report = Report.markdown(results);
        OUT.println(report);
        Path out = Path.of(one(options, "out", "target/bench/round-trip.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    private static Measured measure(
            Target target,
            LoopbackConnector connector,
            Path logs,
            int starts,
            int[] members,
            Duration warmup,
            Duration window)
            throws Exception {
        Activities activities = new Activities(connector.serviceUrl());
        List<Startup> startups = new ArrayList<>();
        for (int run = 1; ; run++) {
            BotProcess bot = BotProcess.launch(
                    target.command(), logs.resolve(target.label().replaceAll("[^A-Za-z0-9.]+", "-") + run + ".log"));
            try {
                double healthy = bot.awaitHealthy(Duration.ofSeconds(120));
                long before = connector.writes();
                bot.post(activities.channelMessage("help"));
                connector.awaitWrites(before + 1, 30_000);
                double firstReply = bot.millisSinceLaunch(connector.lastWriteNanos());
                Thread.sleep(5_000);
                Startup startup = new Startup(healthy, firstReply, bot.rssMiB());
                OUT.printf(
                        "start %d: healthy %.0f ms, first reply %.0f ms, idle RSS %.1f MiB%n",
                        run, startup.healthyMs(), startup.firstReplyMs(), startup.idleRssMiB());
                startups.add(startup);
                if (run < starts) {
                    continue;
                }
                return load(target, bot, connector, activities, median(startups), members, warmup, window);
            } finally {
                bot.close();
            }
        }
    }

    private static Measured load(
            Target target,
            BotProcess bot,
            LoopbackConnector connector,
            Activities activities,
            Startup startup,
            int[] members,
            Duration warmup,
            Duration window)
            throws Exception {
        String assessmentId = target.kind().equals("product") ? startAssessment(bot, connector, activities) : "echo";
        List<Category> categories = ChecklistLoader.shipped().pillars().stream()
                .flatMap(p -> p.categories().stream())
                .toList();
        var endpoint = bot.uri("/api/messages");
        int most = Arrays.stream(members).max().orElse(1);
        LoadRun.run(
                endpoint,
                most,
                warmup,
                (m, round) -> activities.answer(
                        assessmentId, categories.get((int) ((m + round) % categories.size())), m, round));
        List<LoadRun.Result> loads = new ArrayList<>();
        for (int n : members) {
            double cpuBefore = bot.cpuMillis();
            LoadRun.Result result = LoadRun.run(
                            endpoint,
                            n,
                            window,
                            (m, round) -> activities.answer(
                                    assessmentId, categories.get((int) ((m + round) % categories.size())), m, round))
                    .withCpu(bot.cpuMillis() - cpuBefore);
            OUT.printf(
                    "%d members: %.1f answers/s, p50 %.1f ms, p99 %.1f ms, %.2f CPU ms/answer, errors %d%n",
                    n, result.throughput(), result.p50(), result.p99(), result.cpuMsPerRequest(), result.errors());
            loads.add(result);
        }
        Thread.sleep(2_000);
        return new Measured(target, startup, bot.rssMiB(), loads);
    }

    /** Starts an assessment, posts its checklist and returns its id, read from the posted cards. */
    private static String startAssessment(BotProcess bot, LoopbackConnector connector, Activities activities)
            throws Exception {
        int categories = ChecklistLoader.shipped().pillars().stream()
                .mapToInt(p -> p.categories().size())
                .sum();
        connector.keepBodies(true);
        long before = connector.writes();
        bot.post(activities.channelMessage("start Benchmark workload"));
        connector.awaitWrites(before + 1, 30_000);
        bot.post(activities.channelMessage("send"));
        connector.awaitWrites(before + 2 + categories, 60_000);
        String id = connector.keptBodies().stream()
                .map(Json::parse)
                .map((JsonNode body) -> Json.find(body, "assessmentId"))
                .filter(found -> found != null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no assessmentId in the posted cards"));
        connector.keepBodies(false);
        return id;
    }

    private static Startup median(List<Startup> all) {
        return new Startup(
                median(all.stream().mapToDouble(Startup::healthyMs).toArray()),
                median(all.stream().mapToDouble(Startup::firstReplyMs).toArray()),
                median(all.stream().mapToDouble(Startup::idleRssMiB).toArray()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>())
                    .add(args[i + 1]);
        }
        return options;
    }

    private static String one(Map<String, List<String>> options, String name, String fallback) {
        List<String> values = options.get(name);
        return values == null ? fallback : values.get(values.size() - 1);
    }
}
