package io.wafml.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.ConversationReferences;
import io.wafml.assessment.Member;
import io.wafml.assessment.ProcessedActivities;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Remembers where the bot can post later (conversation references, per conversation and per member's 1:1 chat) and
 * which activities it has already handled, so a replayed delivery has no second effect.
 */
@Component
class Conversations {

    /** How many stored references this instance remembers, to skip writing one that has not changed. */
    private static final int MAX_REMEMBERED = 10_000;

    private static final ProcessedActivities.Claim UNTRACKED = new ProcessedActivities.Claim() {
        @Override
        public void complete() {}

        @Override
        public void release() {}
    };

    private final ConversationReferences references;
    private final ProcessedActivities processed;
    private final MemberIdentities identities;
    private final Map<String, String> stored = new ConcurrentHashMap<>();

    Conversations(ConversationReferences references, ProcessedActivities processed, MemberIdentities identities) {
        this.references = references;
        this.processed = processed;
        this.identities = identities;
    }

    /**
     * Stores the activity's conversation reference for proactive messages, and who sent it (Teams id, Entra object id,
     * name); writes only what changed since this instance last saw it.
     */
    void remember(Activity activity) {
        if (activity.getConversation() == null || activity.getServiceUrl() == null) {
            return;
        }
        Turn turn = Turn.of(activity);
        String identity =
                String.join("|", turn.tenantId(), turn.memberId(), String.valueOf(turn.userAadId()), turn.userName());
        if (firstSighting("member|" + turn.tenantId() + "|" + turn.memberId(), identity)) {
            identities.remember(
                    new MemberIdentities.Identity(turn.tenantId(), turn.memberId(), turn.userAadId(), turn.userName()));
        }
        String json = serialize(activity.getConversationReference(), turn);
        String where = turn.isPersonal() ? turn.memberId() : turn.conversationId();
        if (!firstSighting("reference|" + turn.tenantId() + "|" + where, json)) {
            return;
        }
        if (turn.isPersonal()) {
            references.storeForMember(turn.tenantId(), turn.member(), json);
        } else {
            references.store(turn.conversation(), json);
        }
    }

    private boolean firstSighting(String key, String value) {
        if (value.equals(stored.get(key))) {
            return false;
        }
        if (stored.size() > MAX_REMEMBERED) {
            stored.clear();
        }
        stored.put(key, value);
        return true;
    }

    /** Stores the reference of a member's 1:1 chat that the bot opened itself. */
    void rememberMember(String tenantId, Member member, ConversationReference reference) {
        try {
            references.storeForMember(tenantId, member, InboundActivity.MAPPER.writeValueAsString(reference));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation reference is not serializable", e);
        }
    }

    /**
     * Claims the activity for this turn: empty when it was handled before (Teams retried it, or another instance got
     * the same delivery); activities that are not deduplicated get a claim that records nothing.
     */
    Optional<ProcessedActivities.Claim> claim(Activity activity) {
        if (activity.getId() == null || activity.getId().isBlank()) {
            return Optional.of(UNTRACKED);
        }
        if (!activity.isType("message") && !activity.isType("invoke")) {
            return Optional.of(UNTRACKED);
        }
        String conversation = Turn.baseConversationId(activity.getConversation().getId());
        return processed.claim(sha256(conversation + "|" + activity.getId()));
    }

    /** The stored reference of a conversation. */
    Optional<ConversationReference> of(ConversationKey conversation) {
        return references.load(conversation).map(Conversations::parse);
    }

    /** The stored reference of a member's 1:1 chat with the bot. */
    Optional<ConversationReference> ofMember(String tenantId, Member member) {
        return references.loadForMember(tenantId, member).map(Conversations::parse);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialize(ConversationReference reference, Turn turn) {
        ConversationAccount conversation = ConversationAccount.clone(reference.getConversation());
        conversation.setId(turn.conversationId());
        reference.setConversation(conversation);
        reference.setActivityId(null);
        try {
            return InboundActivity.MAPPER.writeValueAsString(reference);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation reference is not serializable", e);
        }
    }

    private static ConversationReference parse(String json) {
        try {
            return InboundActivity.MAPPER.readValue(json, ConversationReference.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored conversation reference is unreadable", e);
        }
    }
}
