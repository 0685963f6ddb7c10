package io.wafml.assessment;

import java.util.Optional;

/** The serialized Bot Framework conversation references needed to post proactively, kept as opaque text. */
public interface ConversationReferences {

    /** Stores or replaces the reference of a conversation. */
    void store(ConversationKey conversation, String reference);

    /** The reference of a conversation. */
    Optional<String> load(ConversationKey conversation);

    /** Stores or replaces the reference of the 1:1 chat with a member. */
    void storeForMember(String tenantId, Member member, String reference);

    /** The reference of the 1:1 chat with a member. */
    Optional<String> loadForMember(String tenantId, Member member);
}
