package io.wafml.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.AssessmentId;
import io.wafml.checklist.Category;
import io.wafml.teams.BotClient;
import io.wafml.teams.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tenants outside the allow-list, activities whose tenant fields disagree, and card payloads forged with another
 * team's assessment id are refused and change nothing, not even the stored conversation references.
 */
class TenantAndIsolationTest extends SecurityEndToEndTest {

    @Test
    void refusesAnActivityFromATenantNotOnTheAllowListBeforeAnyHandlerRuns() {
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource, Set.of());

        BotClient.Reply reply = bot.post(inTenant(message("19:unlisted@thread.tacv2", "start Leak"), UNLISTED_TENANT));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("error").asText()).isEqualTo("tenant not allowed");
        assertThat(connector.calls()).isEmpty();
        assertThat(DatabaseSnapshot.of(dataSource, Set.of())).isEqualTo(before);
    }

    @Test
    void refusesAnActivityWithoutATenantWhenAnAllowListIsSet() {
        ObjectNode activity = message("19:no-tenant@thread.tacv2", "help");
        ((ObjectNode) activity.path("conversation")).remove("tenantId");
        activity.with("channelData").remove("tenant");
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource, Set.of());

        BotClient.Reply reply = bot.post(activity);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(DatabaseSnapshot.of(dataSource, Set.of())).isEqualTo(before);
    }

    @Test
    void refusesAnActivityWhoseTwoTenantFieldsDisagree() {
        ObjectNode activity = message("19:split@thread.tacv2", "start Split");
        activity.with("channelData").with("tenant").put("id", OTHER_TENANT);
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource, Set.of());

        BotClient.Reply reply = bot.post(activity);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("error").asText()).isEqualTo("conflicting tenant ids");
        assertThat(connector.calls()).isEmpty();
        assertThat(DatabaseSnapshot.of(dataSource, Set.of())).isEqualTo(before);
    }

    @Test
    void servesEveryTenantOnTheAllowList() {
        BotClient.Reply reply = bot.post(inTenant(message("19:other-tenant@thread.tacv2", "help"), OTHER_TENANT));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(connector.sentActivities()).hasSize(1);
    }

    @Test
    void refusesAnAnswerForgedWithTheAssessmentIdOfAnotherTeam() {
        AssessmentId victim = startWithSecurityAssigned("19:victim@thread.tacv2", "Victim model");
        Category category = securityCategory();
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource, Set.of("processed_activity"));

        BotClient.Reply reply =
                bot.post(Fixtures.from(answer("19:attacker@thread.tacv2", victim, category, "no", null), ADELE));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("value").toString())
                .contains("I cannot find that assessment in this conversation.")
                .doesNotContain("Victim model")
                .doesNotContain(category.items().get(0).question().en());
        assertThat(service.answers(victim)).isEmpty();
        assertThat(DatabaseSnapshot.of(
                        dataSource, Set.of("processed_activity", "conversation_reference", "member_identity")))
                .isEqualTo(before.without("processed_activity", "conversation_reference", "member_identity"));
    }

    @Test
    void refusesAReadOfAnotherTeamsAssessmentThroughARefreshAction() {
        AssessmentId victim = startWithSecurityAssigned("19:victim-read@thread.tacv2", "Secret workload");
        ObjectNode data = JSON.createObjectNode();
        data.put("assessmentId", victim.toString());
        data.put("categoryId", securityCategory().id());

        BotClient.Reply reply =
                bot.post(inChannel(Fixtures.cardAction("refreshItems", data), "19:attacker-read@thread.tacv2"));

        assertThat(reply.json().path("value").toString())
                .contains("I cannot find that assessment")
                .doesNotContain("Secret workload");
    }

    @Test
    void refusesAForgedAnswerFromThePersonalChatOfAMemberOfAnotherTenant() {
        AssessmentId victim = startWithSecurityAssigned("19:victim-personal@thread.tacv2", "Tenant model");
        ObjectNode forged = answer("19:unused@thread.tacv2", victim, securityCategory(), "yes", null);
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource, Set.of("processed_activity"));

        BotClient.Reply reply = bot.post(personal(forged, STRANGER, OTHER_TENANT));

        assertThat(reply.json().path("value").toString()).contains("I cannot find that assessment");
        assertThat(service.answers(victim)).isEmpty();
        assertThat(DatabaseSnapshot.of(
                        dataSource, Set.of("processed_activity", "member_conversation_reference", "member_identity")))
                .isEqualTo(before.without("processed_activity", "member_conversation_reference", "member_identity"));
    }

    @Test
    void refusesAForgedAnswerFromThePersonalChatOfAnUninvolvedMemberOfTheSameTenant() {
        AssessmentId victim = startWithSecurityAssigned("19:victim-same@thread.tacv2", "Same tenant model");
        ObjectNode forged = answer("19:unused@thread.tacv2", victim, securityCategory(), "yes", null);

        BotClient.Reply reply = bot.post(personal(forged, DIEGO, TENANT));

        assertThat(reply.json().path("value").toString()).contains("I cannot find that assessment");
        assertThat(service.answers(victim)).isEmpty();
    }

    @Test
    void acceptsAnAnswerFromThePersonalChatOfAnAssignee() {
        AssessmentId id = startWithSecurityAssigned("19:assignee-personal@thread.tacv2", "Reminded model");
        ObjectNode answer = answer("19:unused@thread.tacv2", id, securityCategory(), "yes", null);

        BotClient.Reply reply = bot.post(personal(answer, ALEX, TENANT));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(service.answers(id)).hasSize(securityCategory().items().size());
    }

    @Test
    void refusesCardPayloadsWhoseIdentifiersHaveTheWrongType() {
        AssessmentId id = startWithSecurityAssigned("19:types@thread.tacv2", "Typed model");
        ObjectNode wrongType = answer("19:types@thread.tacv2", id, securityCategory(), "yes", null);
        ObjectNode data = (ObjectNode) wrongType.path("value").path("action").path("data");
        data.putArray("categoryId").add(securityCategory().id());

        BotClient.Reply reply = bot.post(Fixtures.from(wrongType, ADELE));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("value").toString()).contains("I could not read that");
        assertThat(service.answers(id)).isEmpty();
    }
}
