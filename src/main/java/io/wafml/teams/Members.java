package io.wafml.teams;

import io.wafml.assessment.Member;
import java.util.LinkedHashSet;
import java.util.Set;

/** The team members a message names by @mention; mentions without a usable id are ignored. */
final class Members {

    private Members() {}

    static Set<Member> mentioned(Turn turn) {
        Set<Member> members = new LinkedHashSet<>();
        MentionText.peopleMentioned(turn.activity()).stream()
                .filter(m -> m.getMentioned().getId().length() <= InboundActivity.MAX_ID)
                .forEach(m -> members.add(new Member(
                        m.getMentioned().getId(),
                        Turn.displayName(
                                m.getMentioned().getName(), m.getMentioned().getId()))));
        return members;
    }
}
