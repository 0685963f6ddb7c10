package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wafml.WafMlBot;
import io.wafml.reminder.ReminderSweep;
import io.wafml.teams.Fixtures.TestMember;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Reminders are durable and sent once: whole application instances on one shared database (an H2 file database, or
 * PostgreSQL in a schema of its own when {@code TEST_POSTGRES_URL} is set), started in sequence and side by side.
 */
class ReminderClusterTest {

    static final TestClock CLOCK = new TestClock(ReminderFlowTest.tokyo(7, 9, 0));
    static final FakeConnector connector = new FakeConnector();
    static final List<TestMember> TEAM = Fixtures.TEAM;

    /** The shared clock every instance uses. */
    @Configuration(proxyBeanMethods = false)
    static class SharedClock {
        @Bean
        @Primary
        Clock sharedTestClock() {
            return CLOCK;
        }
    }

    @TempDir
    Path directory;

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    @Test
    void aReminderThatFellDueWhileTheApplicationWasDownIsSentOnceAfterStartUp() {
        Map<String, Object> database = database();
        CLOCK.set(ReminderFlowTest.tokyo(7, 9, 0));
        try (ConfigurableApplicationContext first = start(database)) {
            sendAssessments(first, "Restart", 2);
        }
        connector.reset();
        CLOCK.set(ReminderFlowTest.tokyo(11, 12, 0));

        try (ConfigurableApplicationContext second = start(database)) {
            ReminderSweep sweep = second.getBean(ReminderSweep.class);
            sweep.runOnce();
            sweep.runOnce();
            assertThat(remindersPerAssessment())
                    .hasSize(2)
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));

            connector.reset();
            CLOCK.set(ReminderFlowTest.tokyo(17, 10, 0));
            sweep.runOnce();
            assertThat(remindersPerAssessment())
                    .hasSize(2)
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        }
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachReminderOnce() throws Exception {
        Map<String, Object> database = database();
        CLOCK.set(ReminderFlowTest.tokyo(7, 9, 0));
        try (ConfigurableApplicationContext one = start(database);
                ConfigurableApplicationContext two = start(database)) {
            sendAssessments(one, "Cluster", 4);
            connector.reset();
            CLOCK.set(ReminderFlowTest.tokyo(8, 10, 0));

            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> handled =
                    pool.invokeAll(List.of(sweepAfter(one, together), sweepAfter(two, together)));
            pool.shutdown();

            assertThat(handled.get(0).get() + handled.get(1).get()).isEqualTo(4);
            assertThat(remindersPerAssessment())
                    .hasSize(4)
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        }
    }

    private static Callable<Integer> sweepAfter(ConfigurableApplicationContext context, CyclicBarrier barrier) {
        return () -> {
            barrier.await();
            return context.getBean(ReminderSweep.class).runOnce();
        };
    }

    private void sendAssessments(ConfigurableApplicationContext context, String name, int count) {
        BotClient bot = new BotClient(port(context), connector);
        bot.post(Fixtures.channelMessage("role Security engineer @ @ @", TEAM.get(1), TEAM.get(2), TEAM.get(3)));
        for (int i = 1; i <= count; i++) {
            connector.reset();
            CLOCK.set(ReminderFlowTest.tokyo(7, 9, i));
            bot.post(Fixtures.channelMessage("start " + name + " " + i + " 2026-12-18"));
            bot.post(Fixtures.channelMessage("assign Security Security engineer"));
            bot.post(Fixtures.channelMessage("send " + name + " " + i));
            connector.awaitActivities(3 + 35);
        }
    }

    private static Map<String, Long> remindersPerAssessment() {
        return connector.sentActivities().stream()
                .map(a -> a.path("attachments").path(0).path("content"))
                .filter(card -> card.toString().contains("Reminder: answers are waiting"))
                .map(card -> card.path("actions")
                        .path(0)
                        .path("data")
                        .path("assessmentId")
                        .asText())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static ConfigurableApplicationContext start(Map<String, Object> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("wafml.reminders.enabled", "false");
        properties.put("wafml.sender.conversation-per-second", "1000");
        properties.put("wafml.sender.conversation-per-half-minute", "100000");
        properties.put("wafml.sender.conversation-per-hour", "1000000");
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(WafMlBot.class, SharedClock.class).run(arguments);
    }

    private Map<String, Object> database() {
        Map<String, Object> properties = new HashMap<>();
        TestDatabase.register((name, value) -> properties.put(name, value.get()));
        if (properties.get("spring.datasource.url").toString().startsWith("jdbc:h2:")) {
            String file = directory.resolve("wafml-" + UUID.randomUUID()).toString();
            properties.put("spring.datasource.url", "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        return properties;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
