package io.wafml.assessment;

/** The Teams conversation (channel, group chat or 1:1 chat) an assessment runs in, within its tenant. */
public record ConversationKey(String tenantId, String conversationId) {

    public ConversationKey {
        tenantId = Texts.required(tenantId, "tenant id", 100);
        conversationId = Texts.required(conversationId, "conversation id", 400);
    }
}
