package io.wafml.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.teams.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only facilitators manage an assessment and only assignees answer, every refusal is a short card that says why, and
 * over-long texts and bursts of commands get a clear notice instead of an effect.
 */
class RolesAndLimitsTest extends SecurityEndToEndTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "assign Security @",
                "send",
                "due 2099-01-01",
                "cancel",
                "cofacilitator @",
            })
    void refusesManagementCommandsFromAMemberWhoIsNotAFacilitator(String command) {
        String channel = "19:roles-" + command.split(" ")[0] + "@thread.tacv2";
        AssessmentId id = startWithSecurityAssigned(channel, "Managed model");
        Assessment before = service.get(id);
        connector.reset();

        bot.post(Fixtures.from(message(channel, command, DIEGO), ADELE));

        assertThat(lastCard().toString()).contains("Only the facilitator or a co-facilitator can do that.");
        assertThat(service.get(id)).isEqualTo(before);
    }

    @Test
    void letsACoFacilitatorManageTheAssessment() {
        String channel = "19:cofacilitator@thread.tacv2";
        AssessmentId id = startWithSecurityAssigned(channel, "Shared model");
        bot.post(message(channel, "cofacilitator @", ADELE));

        bot.post(Fixtures.from(message(channel, "due 2099-01-01"), ADELE));

        assertThat(service.get(id).due())
                .hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2099));
    }

    @Test
    void refusesAnAnswerFromAMemberNotAssignedToThePillarWithACard() {
        String channel = "19:not-assignee@thread.tacv2";
        AssessmentId id = startWithSecurityAssigned(channel, "Assigned model");

        var reply = bot.post(Fixtures.from(answer(channel, id, securityCategory(), "yes", null), DIEGO));

        assertThat(reply.json().path("value").toString())
                .contains("You are not assigned to this pillar, so your answer was not saved.");
        assertThat(service.answers(id)).isEmpty();
    }

    @Test
    void refusesAnswersInJapaneseWithTheJapaneseText() {
        String channel = "19:not-assignee-ja@thread.tacv2";
        AssessmentId id = startWithSecurityAssigned(channel, "Japanese model");

        var reply = bot.post(
                Fixtures.locale(Fixtures.from(answer(channel, id, securityCategory(), "yes", null), DIEGO), "ja-JP"));

        assertThat(reply.json().path("value").toString()).contains("この柱の担当ではないため");
    }

    @Test
    void refusesAWorkloadNameOver100Characters() {
        String channel = "19:long-workload@thread.tacv2";

        bot.post(message(channel, "start " + "w".repeat(101)));

        assertThat(lastCard().toString()).contains("a name of 1 to 100 characters");
        assertThat(service.open(new io.wafml.assessment.ConversationKey(TENANT, channel)))
                .isEmpty();
    }

    @Test
    void refusesARoleNameOver50Characters() {
        String channel = "19:long-role@thread.tacv2";

        bot.post(message(channel, "role " + "r".repeat(51) + " @", ADELE));

        assertThat(lastCard().toString()).contains("A role name must have 1 to 50 characters.");
    }

    @Test
    void refusesANoteOver1000CharactersAndSavesNoneOfTheAnswers() {
        String channel = "19:long-note@thread.tacv2";
        AssessmentId id = startWithSecurityAssigned(channel, "Noted model");

        var reply = bot.post(Fixtures.from(answer(channel, id, securityCategory(), "yes", "n".repeat(1001)), ADELE));

        assertThat(reply.json().path("value").toString()).contains("That text is too long.");
        assertThat(service.answers(id)).isEmpty();
    }

    @Test
    void refusesACommandLineOver2000CharactersWithoutRunningIt() {
        String channel = "19:long-command@thread.tacv2";
        var before = DatabaseSnapshot.of(
                dataSource, Set.of("processed_activity", "conversation_reference", "member_identity"));

        bot.post(message(channel, "start " + "x".repeat(2001)));

        assertThat(lastCard().toString()).contains("commands can have up to 2,000 characters");
        assertThat(DatabaseSnapshot.of(
                        dataSource, Set.of("processed_activity", "conversation_reference", "member_identity")))
                .isEqualTo(before);
    }

    @Test
    void answersABurstOfCommandsWithARateLimitNoticeAfterThirtyInAMinute() {
        String channel = "19:burst@thread.tacv2";
        for (int i = 0; i < 30; i++) {
            bot.post(message(channel, "roles"));
        }
        assertThat(lastCard().toString()).doesNotContain("a lot of commands");

        bot.post(message(channel, "start Burst"));

        assertThat(lastCard().toString()).contains("That is a lot of commands at once.");
        assertThat(service.open(new io.wafml.assessment.ConversationKey(TENANT, channel)))
                .isEmpty();
        bot.post(message("19:burst-elsewhere@thread.tacv2", "roles"));
        assertThat(lastCard().toString()).doesNotContain("a lot of commands");
    }
}
