package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.Member;
import io.wafml.assessment.RoleScope;
import io.wafml.checklist.Language;
import java.util.Optional;

/**
 * What the bot needs to know about an incoming activity: who sent it, from which conversation, team and tenant, and
 * in which language to answer.
 */
record Turn(
        TurnContext context,
        Activity activity,
        String tenantId,
        String conversationId,
        String teamId,
        String userId,
        String userAadId,
        String userName,
        Language language) {

    /** The tenant recorded for activities that name none (local tools such as emulators). */
    static final String NO_TENANT = "none";

    static Turn of(TurnContext context) {
        return of(context, context.getActivity());
    }

    /** The facts of an activity outside a turn (no roster look-ups possible). */
    static Turn of(Activity activity) {
        return of(null, activity);
    }

    private static Turn of(TurnContext context, Activity activity) {
        ChannelAccount from = activity.getFrom();
        return new Turn(
                context,
                activity,
                tenantOf(activity),
                baseConversationId(activity.getConversation().getId()),
                text(activity.getChannelData(), "team", "id"),
                from.getId(),
                from.getAadObjectId(),
                displayName(from.getName(), from.getId()),
                Language.fromLocale(localeOf(activity)));
    }

    /**
     * The id of the member who sent the activity: the Teams user id ({@code 29:...}), which is also what mentions,
     * {@code refresh.userIds} and 1:1 chats use.
     */
    String memberId() {
        return userId;
    }

    /** Where roles live: the team when the conversation is a team channel, otherwise the conversation itself. */
    RoleScope roleScope() {
        return RoleScope.of(conversation(), Optional.ofNullable(teamId));
    }

    ConversationKey conversation() {
        return new ConversationKey(tenantId, conversationId);
    }

    Member member() {
        return new Member(memberId(), userName);
    }

    boolean isPersonal() {
        return "personal".equals(activity.getConversation().getConversationType());
    }

    /** The longest display name kept, in code points; Teams names are shorter, longer ones are cut. */
    static final int MAX_NAME = 200;

    /** A member's display name as the bot keeps it: the id when there is none, cut to {@value #MAX_NAME}. */
    static String displayName(String name, String id) {
        if (name == null || name.isBlank()) {
            return id;
        }
        String stripped = name.strip();
        return stripped.codePointCount(0, stripped.length()) <= MAX_NAME
                ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, MAX_NAME))
                        .strip();
    }

    /** A channel conversation id without the {@code ;messageid=} suffix Teams adds for replies in a thread. */
    static String baseConversationId(String id) {
        int thread = id.indexOf(";messageid=");
        return thread < 0 ? id : id.substring(0, thread);
    }

    private static String tenantOf(Activity activity) {
        String fromConversation = activity.getConversation().getTenantId();
        if (fromConversation != null && !fromConversation.isBlank()) {
            return fromConversation;
        }
        String fromChannelData = text(activity.getChannelData(), "tenant", "id");
        return fromChannelData == null ? NO_TENANT : fromChannelData;
    }

    private static String localeOf(Activity activity) {
        if (activity.getLocale() != null) {
            return activity.getLocale();
        }
        return activity.getEntities() == null
                ? null
                : activity.getEntities().stream()
                        .filter(e -> "clientInfo".equals(e.getType()))
                        .map(e -> e.getProperties().get("locale"))
                        .filter(l -> l != null && l.isTextual())
                        .map(JsonNode::asText)
                        .findFirst()
                        .orElse(null);
    }

    private static String text(Object channelData, String object, String field) {
        if (channelData == null) {
            return null;
        }
        JsonNode node =
                InboundActivity.MAPPER.valueToTree(channelData).path(object).path(field);
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
