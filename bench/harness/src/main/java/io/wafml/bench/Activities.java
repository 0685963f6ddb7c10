package io.wafml.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.checklist.Category;
import io.wafml.checklist.Item;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Teams activities in the shapes of the end-to-end fixtures, addressed to the loopback connector. */
final class Activities {

    private static final List<String> CHOICES = List.of("yes", "partial", "no", "unknown");
    private static final AtomicLong IDS = new AtomicLong(1_764_900_000_000L);

    private final String serviceUrl;
    private final ObjectNode message = Json.fixture("channel-message.json");
    private final ObjectNode action = Json.fixture("adaptive-card-action.json");

    Activities(String serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    /** A channel message that mentions the bot, as Teams sends it. */
    String channelMessage(String command) {
        ObjectNode activity = message.deepCopy();
        activity.put("text", "<at>WAF ML Assessment</at> " + command + "\n");
        return address(activity).toString();
    }

    /** Member {@code member}'s answers to every item of a category card, submitted with Action.Execute. */
    String answer(String assessmentId, Category category, int member, long round) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("verb", "answer");
        data.put("assessmentId", assessmentId);
        data.put("categoryId", category.id());
        data.put("page", 1);
        int i = 0;
        for (Item item : category.items()) {
            data.put("choice-" + item.id().value(), CHOICES.get((int) ((round + member + i++) % CHOICES.size())));
        }
        ObjectNode activity = action.deepCopy();
        ObjectNode value = (ObjectNode) activity.path("value").path("action");
        value.put("verb", "answer");
        value.set("data", data);
        ObjectNode from = activity.putObject("from");
        from.put("id", "29:bench-member-" + member);
        from.put("name", "Bench Member " + member);
        from.put("aadObjectId", String.format("00000000-0000-0000-0000-%012d", member));
        return address(activity).toString();
    }

    private ObjectNode address(ObjectNode activity) {
        activity.put("id", String.valueOf(IDS.incrementAndGet()));
        activity.put("serviceUrl", serviceUrl);
        return activity;
    }
}
