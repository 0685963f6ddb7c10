package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Teams activities in the shapes Teams really sends, loaded from {@code src/test/resources/teams/}, each to be
 * adjusted (sender, text, locale, service URL) by the test.
 */
public final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong(1_764_900_000_000L);

    /** A member of the mock team; {@code aadObjectId} is the Entra object id Teams sends as {@code from.aadObjectId}. */
    public record TestMember(String name, String teamsId, String aadObjectId) {

        public ObjectNode account() {
            ObjectNode account = JSON.createObjectNode();
            account.put("id", teamsId);
            account.put("name", name);
            account.put("aadObjectId", aadObjectId);
            return account;
        }
    }

    /** The five members of the mock team channel (the same as the Playground configuration). */
    public static final List<TestMember> TEAM = List.of(
            new TestMember("Megan Bowen", "29:1a2b3c-facilitator", "00000000-0000-0000-0000-0000000000a1"),
            new TestMember("Adele Vance", "29:1a2b3c-adele", "00000000-0000-0000-0000-0000000000a2"),
            new TestMember("Alex Wilber", "29:1a2b3c-alex", "00000000-0000-0000-0000-0000000000a3"),
            new TestMember("Diego Siciliani", "29:1a2b3c-diego", "00000000-0000-0000-0000-0000000000a4"),
            new TestMember("Lynne Robbins", "29:1a2b3c-lynne", "00000000-0000-0000-0000-0000000000a5"));

    public static final String BOT_ID = "28:00000000-0000-0000-0000-00000000b07f";
    public static final String BOT_NAME = "WAF ML Assessment";

    private Fixtures() {}

    /**
     * A message in a team channel that @mentions the bot. Shape: Microsoft Learn, "Channel and group chat
     * conversations with a bot" (Teams platform docs, bots/how-to/conversations/channel-and-group-conversations),
     * "Retrieve mentions" sample payload.
     */
    public static ObjectNode channelMessage(String command) {
        ObjectNode activity = load("channel-message.json");
        String mention = "<at>" + BOT_NAME + "</at>";
        activity.put("text", mention + " " + command + "\n");
        return fresh(activity);
    }

    /**
     * A channel message that @mentions the bot and then the given members: each {@code @} in {@code command} is
     * replaced by the next member's {@code <at>Name</at>}, with its mention entity, as Teams sends it.
     */
    public static ObjectNode channelMessage(String command, TestMember... mentioned) {
        StringBuilder text = new StringBuilder();
        int next = 0;
        for (char c : command.toCharArray()) {
            if (c == '@' && next < mentioned.length) {
                text.append("<at>").append(mentioned[next++].name()).append("</at>");
            } else {
                text.append(c);
            }
        }
        ObjectNode activity = channelMessage(text.toString());
        for (TestMember member : mentioned) {
            ObjectNode entity = activity.withArray("entities").addObject();
            entity.put("type", "mention");
            entity.put("text", "<at>" + member.name() + "</at>");
            ObjectNode who = entity.putObject("mentioned");
            who.put("id", member.teamsId());
            who.put("name", member.name());
        }
        return activity;
    }

    /**
     * A message in the personal (1:1) chat with the bot, no mention. Shape: Microsoft Learn, "Conversation basics"
     * (bots/how-to/conversations/conversation-basics), personal scope example.
     */
    public static ObjectNode personalMessage(String text) {
        ObjectNode activity = load("personal-message.json");
        activity.put("text", text);
        return fresh(activity);
    }

    /**
     * The conversationUpdate Teams sends when the bot is installed in a team. Shape: Microsoft Learn, "Conversation
     * events in your Teams bot" (bots/how-to/conversations/subscribe-to-conversation-events), "Bot or user added".
     */
    public static ObjectNode botInstalledInTeam() {
        return fresh(load("bot-installed-in-team.json"));
    }

    /**
     * The {@code adaptiveCard/action} invoke Teams sends for an {@code Action.Execute}. Shape: Microsoft Learn,
     * "Work with Universal Actions for Adaptive Cards" (task-modules-and-cards/cards/universal-actions-for-adaptive-
     * cards/work-with-universal-actions-for-adaptive-cards), "adaptiveCard/action invoke activity".
     */
    public static ObjectNode cardAction(String verb, JsonNode data) {
        ObjectNode activity = load("adaptive-card-action.json");
        ObjectNode action = (ObjectNode) activity.path("value").path("action");
        action.put("verb", verb);
        action.set("data", data);
        return fresh(activity);
    }

    /**
     * A legacy {@code Action.Submit} from a card, delivered as a message with a value and no text. Shape: Microsoft
     * Learn, "Card actions" (task-modules-and-cards/cards/cards-actions), "Action.Submit" incoming message example.
     */
    public static ObjectNode legacySubmit(JsonNode value) {
        ObjectNode activity = load("legacy-submit.json");
        activity.set("value", value);
        return fresh(activity);
    }

    /** The same activity sent by another member. */
    public static ObjectNode from(ObjectNode activity, TestMember member) {
        activity.set("from", member.account());
        return activity;
    }

    /** The same activity from a client in the given locale, such as {@code ja-JP}. */
    public static ObjectNode locale(ObjectNode activity, String locale) {
        activity.put("locale", locale);
        activity.path("entities").forEach(e -> {
            if ("clientInfo".equals(e.path("type").asText())) {
                ((ObjectNode) e).put("locale", locale);
            }
        });
        return activity;
    }

    /** The conversation id of the channel (without the thread suffix) the fixtures use. */
    public static String channelId() {
        return "19:ml-platform@thread.tacv2";
    }

    private static ObjectNode fresh(ObjectNode activity) {
        activity.put("id", String.valueOf(IDS.incrementAndGet()));
        return activity;
    }

    private static ObjectNode load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/teams/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
