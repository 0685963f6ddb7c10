package io.wafml.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.AssessmentId;
import io.wafml.checklist.Category;
import io.wafml.teams.BotClient;
import io.wafml.teams.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Posts {@value #CASES} generated hostile or malformed requests (fixed seed) to the running bot: none gets a 5xx or
 * a body naming an exception or a stack frame, every unreadable one gets a 4xx, and the database is unchanged.
 */
class FuzzTest extends SecurityEndToEndTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FuzzTest.class);
    static final long SEED = 20_261_204L;
    static final int CASES = 1_200;
    private static final String CHANNEL = "19:fuzz@thread.tacv2";
    private static final Pattern LEAK =
            Pattern.compile("Exception|\\bat (io|java|org|com)\\.|\\b(java|javax|jakarta|com\\.fasterxml)\\.[a-z]+\\.");
    /**
     * The replay guard records every delivered activity, and a conversation's stored reference follows its latest
     * sender: these are compared by their keys only (no conversation may be added), every other table in full.
     */
    private static final Set<String> BOOKKEEPING =
            Set.of("processed_activity", "conversation_reference", "member_conversation_reference", "member_identity");

    /** The fuzz posts many typed commands from one channel: the rate limit has its own test. */
    @DynamicPropertySource
    static void noRateLimit(DynamicPropertyRegistry registry) {
        registry.add("wafml.security.commands-per-minute", () -> "1000000");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void refusesHostileAndMalformedRequestsWithoutServerErrorsLeaksOrChanges(CapturedOutput output) {
        AssessmentId target = startWithSecurityAssigned(CHANNEL, "Fuzzed model");
        AssessmentId foreign = startWithSecurityAssigned("19:fuzz-foreign@thread.tacv2", "Foreign model");
        bot.post(Fixtures.from(answer(CHANNEL, target, securityCategory(), "yes", "first"), ADELE));
        List<ObjectNode> senders = List.of(account(ADELE), account(DIEGO), account(ALEX));
        senders.forEach(s -> bot.post(Fixtures.from(message(CHANNEL, "roles"), member(s))));
        List<Category> categories = checklist.pillars().stream()
                .flatMap(p -> p.categories().stream())
                .toList();
        HostileActivities generator = new HostileActivities(
                SEED, connector.serviceUrl(), CHANNEL, target.toString(), foreign.toString(), categories, senders);
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource, BOOKKEEPING);
        List<String> referencesBefore = references();
        Map<String, Integer> statuses = new TreeMap<>();

        List<String> problems = new java.util.ArrayList<>();
        int sentBefore = connector.calls().size();
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            HostileActivities.Case hostile = generator.next();
            BotClient.Reply reply = bot.postRaw(hostile.body(), null);
            statuses.merge(hostile.kind() + " " + reply.status(), 1, Integer::sum);
            String body = reply.body() == null ? "" : reply.body();
            boolean wrongStatus = reply.status() >= 500
                    || (hostile.mustBeRejected() && (reply.status() < 400 || reply.status() >= 500));
            int sent = connector.calls().size();
            boolean turnFailed = connector.calls().subList(sentBefore, sent).stream()
                    .anyMatch(call ->
                            call.body() != null && call.body().toString().contains("something went wrong"));
            sentBefore = sent;
            if (wrongStatus || turnFailed || LEAK.matcher(body).find()) {
                problems.add("case " + i + " (" + hostile.kind() + ") got " + reply.status() + " " + abbreviate(body)
                        + " for " + abbreviate(hostile.body()));
            }
        }

        log.info(
                "Fuzzed {} requests in {} ms: {}",
                CASES,
                java.time.Duration.ofNanos(System.nanoTime() - start).toMillis(),
                statuses);
        assertThat(problems).isEmpty();
        assertThat(output.getAll()).doesNotContain("Unhandled error");
        assertThat(DatabaseSnapshot.of(dataSource, BOOKKEEPING)).isEqualTo(before);
        assertThat(references()).isEqualTo(referencesBefore);
        assertThat(connector.sentActivities())
                .allSatisfy(sent -> assertThat(sent.toString()).doesNotContainPattern(LEAK));
        assertThat(statuses.keySet()).anyMatch(k -> k.startsWith("card 200")).anyMatch(k -> k.startsWith("raw 400"));
    }

    private List<String> references() {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                        .queryForList(
                                "SELECT tenant_id || '|' || conversation_id FROM conversation_reference"
                                        + " UNION ALL SELECT tenant_id || '|' || member_id FROM member_conversation_reference",
                                String.class)
                        .stream()
                        .sorted()
                        .toList();
    }

    private static ObjectNode account(Fixtures.TestMember member) {
        ObjectNode account = JSON.createObjectNode();
        account.put("id", member.teamsId());
        account.put("name", member.name());
        account.put("aadObjectId", member.aadObjectId());
        return account;
    }

    private static Fixtures.TestMember member(ObjectNode account) {
        return new Fixtures.TestMember(
                account.path("name").asText(),
                account.path("id").asText(),
                account.path("aadObjectId").asText());
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
