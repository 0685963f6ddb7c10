package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.AssessmentService.Submission;
import io.wafml.assessment.Choice;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.Member;
import io.wafml.assessment.Status;
import io.wafml.checklist.Checklist;
import io.wafml.reminder.ReminderSweep;
import io.wafml.reminder.Reminders;
import io.wafml.teams.Fixtures.TestMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders end to end: an assessment with the Security pillar assigned to three members, sent on Monday
 * 2026-12-07 09:00 in Tokyo, due Friday 2026-12-18; the clock is moved by hand and the sweep run directly.
 */
@Import(ReminderFlowTest.Config.class)
class ReminderFlowTest extends EndToEndTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final TestMember MEGAN = Fixtures.TEAM.get(0);
    static final TestMember ADELE = Fixtures.TEAM.get(1);
    static final TestMember ALEX = Fixtures.TEAM.get(2);
    static final TestMember DIEGO = Fixtures.TEAM.get(3);
    static final String TENANT = "11111111-2222-3333-4444-555555555555";
    static final String BLOCKED = "{\"error\":{\"code\":\"MessageWritesBlocked\",\"message\":\"Blocked by the user\"}}";

    /** A controllable clock and a score card publisher that records what it was asked to publish. */
    @TestConfiguration
    static class Config {
        static final TestClock CLOCK = new TestClock(tokyo(7, 9, 0));
        static final List<String> PUBLISHED = new CopyOnWriteArrayList<>();

        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }

        @Bean
        @Primary
        ScoreCardPublisher recordingPublisher() {
            return (id, reason) -> PUBLISHED.add(id + " " + reason);
        }
    }

    @Autowired
    AssessmentService service;

    @Autowired
    Checklist checklist;

    @Autowired
    ReminderSweep sweep;

    @Autowired
    Reminders reminders;

    @Autowired
    DataSource dataSource;

    int workloads;

    @BeforeEach
    void startOnMonday() {
        Config.CLOCK.set(tokyo(7, 9, 0));
        drainQueue();
    }

    @Test
    void remindsOnlyMembersWithUnansweredItemsInTheChannelAndPersonally() {
        AssessmentId id = sendSecurityToThree("Fraud model");
        answerAll(id, ADELE);

        runAt(tokyo(8, 10, 0));

        JsonNode reminder =
                single(channelReminders()).path("attachments").get(0).path("content");
        assertThat(reminder.toString())
                .contains("<at>Alex Wilber</at>", "<at>Diego Siciliani</at>", ALEX.teamsId(), DIEGO.teamsId())
                .doesNotContain("Adele Vance", MEGAN.teamsId());
        int items = checklist.findPillar("SE").orElseThrow().items().size();
        assertThat(reminder.toString()).contains(items + " unanswered");
        assertThat(personalPosts()).hasSize(2);
        assertThat(personalPosts().get(0).toString()).contains("Your items are waiting", "SE-");
        io.wafml.cards.OfficialCards.assertValidTeamsCard("reminder", reminder);
        io.wafml.cards.OfficialCards.assertValidTeamsCard(
                "reminder-personal",
                personalPosts().get(0).path("attachments").get(0).path("content"));
        assertThat(connector.calls().stream().filter(c -> c.path().equals("/v3/conversations")))
                .hasSize(2);
    }

    @Test
    void sendsNothingBeforeTheFirstReminderIsDue() {
        sendSecurityToThree("Churn model");

        runAt(tokyo(8, 9, 59));

        assertThat(channelReminders()).isEmpty();
    }

    @Test
    void aSnoozedMemberIsLeftOutUntilTheNextWorkingDayAndThenRemindedAlone() {
        AssessmentId id = sendSecurityToThree("Recommender");
        runAt(tokyo(8, 10, 0));
        connector.reset();
        Config.CLOCK.set(tokyo(8, 10, 5));

        BotClient.Reply reply = bot.post(Fixtures.from(Fixtures.channelMessage("remind me tomorrow"), ALEX));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(connector.awaitActivities(1).get(0).toString()).contains("2026-12-09 10:00 (Asia/Tokyo)");
        connector.reset();
        runAt(tokyo(9, 10, 0));
        JsonNode alone = single(channelReminders());
        assertThat(alone.toString()).contains("<at>Alex Wilber</at>").doesNotContain("Diego Siciliani");
        assertThat(service.get(id).isOpen()).isTrue();
    }

    @Test
    void theSnoozeButtonSnoozesTheMemberWhoPressedIt() {
        AssessmentId id = sendSecurityToThree("Vision QA");
        Config.CLOCK.set(tokyo(8, 10, 5));

        BotClient.Reply reply = bot.post(Fixtures.from(action("snooze", id), DIEGO));

        assertThat(reply.json().path("value").toString()).contains("2026-12-09 10:00");
        assertThat(reminders.snoozed(id, tokyo(8, 12, 0))).containsExactly(DIEGO.teamsId());
    }

    @Test
    void stopsRemindingAMemberWhoAnsweredEverything() {
        AssessmentId id = sendSecurityToThree("Speech");
        runAt(tokyo(8, 10, 0));
        answerAll(id, ALEX);
        connector.reset();

        runAt(tokyo(10, 10, 0));

        assertThat(single(channelReminders()).toString())
                .contains("<at>Diego Siciliani</at>", "<at>Adele Vance</at>")
                .doesNotContain("Alex Wilber");
    }

    @Test
    void cancellingStopsAllReminders() {
        AssessmentId id = sendSecurityToThree("Pricing");
        bot.post(Fixtures.channelMessage("cancel"));
        connector.reset();

        runAt(tokyo(17, 10, 0));

        assertThat(channelReminders()).isEmpty();
        assertThat(personalPosts()).isEmpty();
        assertThat(service.get(id).status()).isEqualTo(Status.CANCELLED);
    }

    @Test
    void finishingStopsAllReminders() {
        AssessmentId id = sendSecurityToThree("Anomaly");
        runAt(tokyo(8, 10, 0));
        service.finish(id, member(MEGAN));
        connector.reset();

        runAt(tokyo(10, 10, 0));
        runAt(tokyo(17, 10, 0));

        assertThat(channelReminders()).isEmpty();
        assertThat(Config.PUBLISHED).noneMatch(p -> p.startsWith(id.toString()));
    }

    @Test
    void reportsWhoIsMissingToTheFacilitatorAfterTheLastReminderAndFinishesAtTheDueDate() {
        AssessmentId id = sendSecurityToThree("Forecasting");
        runAt(tokyo(8, 10, 0));
        runAt(tokyo(10, 10, 0));
        connector.reset();

        runAt(tokyo(17, 10, 0));

        assertThat(channelReminders()).hasSize(1);
        List<JsonNode> personal = personalPosts();
        assertThat(personal).hasSize(4);
        assertThat(personal.get(3).toString())
                .contains("Still unanswered after the last reminder", "Adele Vance", "Alex Wilber");
        connector.reset();
        runAt(tokyo(18, 23, 59));
        assertThat(service.get(id).isOpen()).isTrue();

        runAt(tokyo(19, 0, 0));

        assertThat(service.get(id).status()).isEqualTo(Status.FINISHED);
        assertThat(Config.PUBLISHED).contains(id + " DUE_DATE");
        assertThat(channelReminders()).isEmpty();
    }

    @Test
    void retriesAStormOfThrottlingUntilTheReminderIsDeliveredOnce() {
        sendSecurityToThree("Ranking");
        connector.failNext("/activities", 3, 429, "{}", Duration.ofSeconds(1));

        long started = System.nanoTime();
        runAt(tokyo(8, 10, 0));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(channelReminders()).hasSize(1);
        assertThat(connector.calls().stream().filter(c -> c.status() == 429)).hasSize(3);
        assertThat(connector.sentActivities().toString()).doesNotContain("Sorry");
        assertThat(personalPosts()).hasSize(3);
        System.out.println("Reminder delivered after 3 x 429 (Retry-After: 1) in " + elapsedMillis + " ms");
    }

    @Test
    void aMemberWhoBlockedTheBotIsMarkedShownOnStatusAndNotWrittenToAgain() {
        AssessmentId id = sendSecurityToThree("Search");
        answerAll(id, ADELE);
        connector.failNext("/v3/conversations/a:", 1, 403, BLOCKED, null);

        runAt(tokyo(8, 10, 0));

        assertThat(reminders.blocked(TENANT)).containsExactly(ALEX.teamsId());
        assertThat(personalPosts()).hasSize(1);
        connector.reset();
        runAt(tokyo(10, 10, 0));
        assertThat(personalPosts()).hasSize(1);
        assertThat(personalPosts().get(0).toString()).contains("Diego Siciliani");
        connector.reset();
        bot.post(Fixtures.channelMessage("status"));
        assertThat(connector.awaitActivities(1).get(0).toString())
                .contains("Cannot be reminded personally", "Alex Wilber");
    }

    @Test
    void facilitatorsChangeThePolicyAndOthersMayNot() {
        AssessmentId id = sendSecurityToThree("Translation");

        bot.post(Fixtures.from(Fixtures.channelMessage("remind off"), ALEX));
        assertThat(connector.awaitActivities(1).get(0).toString()).contains("facilitat");
        connector.reset();
        bot.post(Fixtures.channelMessage("リマインド daily 09:30 Asia/Tokyo"));
        assertThat(connector.awaitActivities(1).get(0).toString()).contains("09:30", "Asia/Tokyo");
        connector.reset();

        runAt(tokyo(8, 9, 30));
        assertThat(channelReminders()).hasSize(1);
        bot.post(Fixtures.channelMessage("remind every 2d"));
        bot.post(Fixtures.channelMessage("remind off"));
        connector.reset();
        runAt(tokyo(17, 10, 0));
        assertThat(channelReminders()).isEmpty();
        assertThat(reminders.policy(id).mode()).isEqualTo(io.wafml.reminder.ReminderPolicy.Mode.OFF);
    }

    @Test
    void theOpenItemsButtonAnswersWithTheMembersOwnItemsCard() {
        AssessmentId id = sendSecurityToThree("Summarizer");

        BotClient.Reply reply = bot.post(Fixtures.from(action("myItems", id), DIEGO));

        String card = reply.json().path("value").toString();
        String firstCategory =
                checklist.findPillar("SE").orElseThrow().categories().get(0).id();
        assertThat(card).contains("\"categoryId\":\"" + firstCategory + "\"", "choice-SE-");
    }

    private AssessmentId sendSecurityToThree(String name) {
        String workload = name + " " + (++workloads);
        bot.post(Fixtures.channelMessage("start " + workload + " 2026-12-18"));
        bot.post(Fixtures.channelMessage("role Security engineer @ @ @", ADELE, ALEX, DIEGO));
        bot.post(Fixtures.channelMessage("assign Security Security engineer"));
        AssessmentId id = service.current(new ConversationKey(TENANT, Fixtures.channelId()), Optional.of(workload))
                .orElseThrow()
                .id();
        bot.post(Fixtures.channelMessage("send"));
        connector.awaitActivities(4 + categories());
        connector.reset();
        return id;
    }

    private void runAt(Instant at) {
        Config.CLOCK.set(at);
        sweep.runOnce();
    }

    /** Cancels the assessments of earlier tests, empties the queue and forgets 1:1 chats and blocks. */
    private void drainQueue() {
        service.allOpen().forEach(a -> service.cancel(a.id(), a.facilitator()));
        Config.CLOCK.set(Instant.parse("2030-01-01T00:00:00Z"));
        sweep.runOnce();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM blocked_member").update();
        jdbc.sql("DELETE FROM member_conversation_reference").update();
        Config.CLOCK.set(tokyo(7, 9, 0));
        connector.reset();
    }

    private void answerAll(AssessmentId id, TestMember who) {
        List<Submission> all = checklist.findPillar("SE").orElseThrow().items().stream()
                .map(i -> new Submission(i.id(), Choice.YES, "", ""))
                .toList();
        service.answerAll(id, member(who), all);
    }

    private List<JsonNode> channelReminders() {
        return connector.sentActivities().stream()
                .filter(a -> a.toString().contains("Reminder: answers are waiting"))
                .toList();
    }

    private List<JsonNode> personalPosts() {
        return connector.calls().stream()
                .filter(c -> c.isActivityWrite() && c.status() < 300 && c.path().startsWith("/v3/conversations/a:"))
                .map(FakeConnector.Call::body)
                .toList();
    }

    private static JsonNode single(List<JsonNode> activities) {
        assertThat(activities).hasSize(1);
        return activities.get(0);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode action(String verb, AssessmentId id) {
        var data = Fixtures.JSON.createObjectNode();
        data.put("verb", verb);
        data.put("assessmentId", id.toString());
        return Fixtures.cardAction(verb, data);
    }

    private static Member member(TestMember who) {
        return new Member(who.teamsId(), who.name());
    }

    private int categories() {
        return checklist.pillars().stream().mapToInt(p -> p.categories().size()).sum();
    }

    static Instant tokyo(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, TOKYO).toInstant();
    }
}
