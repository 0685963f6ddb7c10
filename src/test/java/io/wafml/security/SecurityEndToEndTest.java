package io.wafml.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.ConversationKey;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.teams.EndToEndTest;
import io.wafml.teams.Fixtures;
import io.wafml.teams.Fixtures.TestMember;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the security end-to-end tests: the whole application with a tenant allow-list of two tenants, and helpers
 * that move fixture activities to other tenants, channels and personal chats.
 */
abstract class SecurityEndToEndTest extends EndToEndTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TENANT = "11111111-2222-3333-4444-555555555555";
    static final String OTHER_TENANT = "99999999-8888-7777-6666-555555555555";
    static final String UNLISTED_TENANT = "00000000-dead-beef-0000-000000000000";
    static final TestMember MEGAN = Fixtures.TEAM.get(0);
    static final TestMember ADELE = Fixtures.TEAM.get(1);
    static final TestMember ALEX = Fixtures.TEAM.get(2);
    static final TestMember DIEGO = Fixtures.TEAM.get(3);
    static final TestMember STRANGER =
            new TestMember("Eve Stranger", "29:other-tenant-eve", "00000000-0000-0000-0000-0000000000e1");

    @Autowired
    AssessmentService service;

    @Autowired
    Checklist checklist;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void allowList(DynamicPropertyRegistry registry) {
        registry.add("wafml.security.allowed-tenants", () -> TENANT + "," + OTHER_TENANT);
        registry.add("wafml.security.commands-per-minute", () -> "30");
    }

    /** The activity moved to another tenant (both tenant fields). */
    static ObjectNode inTenant(ObjectNode activity, String tenant) {
        ((ObjectNode) activity.path("conversation")).put("tenantId", tenant);
        activity.with("channelData").with("tenant").put("id", tenant);
        return activity;
    }

    /** The activity moved to another channel of another team. */
    static ObjectNode inChannel(ObjectNode activity, String channel) {
        ((ObjectNode) activity.path("conversation")).put("id", channel);
        activity.with("channelData").with("channel").put("id", channel);
        activity.with("channelData").with("team").put("id", "team-of-" + channel);
        return activity;
    }

    /** A message or card action from a member's personal chat with the bot in a tenant. */
    static ObjectNode personal(ObjectNode activity, TestMember member, String tenant) {
        ObjectNode conversation = JSON.createObjectNode();
        conversation.put("conversationType", "personal");
        conversation.put("tenantId", tenant);
        conversation.put("id", "a:1personal-" + member.teamsId());
        activity.set("conversation", conversation);
        ObjectNode channelData = JSON.createObjectNode();
        channelData.putObject("tenant").put("id", tenant);
        activity.set("channelData", channelData);
        return Fixtures.from(activity, member);
    }

    /** A channel message in a channel of its own, so that tests do not share a rate limit or assessments. */
    static ObjectNode message(String channel, String command, TestMember... mentioned) {
        return inChannel(Fixtures.channelMessage(command, mentioned), channel);
    }

    /** Starts an assessment in a channel, assigns Security to Adele and Alex, and returns its id. */
    AssessmentId startWithSecurityAssigned(String channel, String workload) {
        bot.post(message(channel, "start " + workload));
        bot.post(message(channel, "role Security engineer @ @", ADELE, ALEX));
        bot.post(message(channel, "assign Security Security engineer"));
        return service.current(new ConversationKey(TENANT, channel), Optional.of(workload))
                .orElseThrow()
                .id();
    }

    Category securityCategory() {
        return checklist.findPillar("SE").orElseThrow().categories().get(0);
    }

    /** The card action answering every item of a category with one choice. */
    static ObjectNode answer(String channel, AssessmentId id, Category category, String choice, String note) {
        ObjectNode data = JSON.createObjectNode();
        data.put("verb", "answer");
        data.put("assessmentId", id.toString());
        data.put("categoryId", category.id());
        data.put("page", 1);
        category.items().forEach(item -> {
            data.put("choice-" + item.id(), choice);
            if (note != null) {
                data.put("note-" + item.id(), note);
            }
        });
        return inChannel(Fixtures.cardAction("answer", data), channel);
    }

    /** The card of the last message the bot sent. */
    static JsonNode lastCard() {
        List<JsonNode> sent = connector.sentActivities();
        return sent.get(sent.size() - 1).path("attachments").path(0).path("content");
    }
}
