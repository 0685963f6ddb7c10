package io.wafml.assessment;

import java.util.Optional;

/** Where roles are defined: the team when the conversation belongs to one, otherwise the conversation itself. */
public record RoleScope(String value) {

    public RoleScope {
        value = Texts.required(value, "role scope", 500);
    }

    /** The scope of a team's channel conversation, or of the conversation itself when it belongs to no team. */
    public static RoleScope of(ConversationKey conversation, Optional<String> teamId) {
        return teamId.filter(t -> !t.isBlank())
                .map(t -> new RoleScope("team:" + conversation.tenantId() + ":" + t.strip()))
                .orElseGet(() ->
                        new RoleScope("conversation:" + conversation.tenantId() + ":" + conversation.conversationId()));
    }
}
