package io.wafml.teams;

import io.wafml.assessment.Member;
import java.util.LinkedHashSet;
import java.util.Set;

/** The team members a message names by @mention. */
final class Members {

    private Members() {}

    static Set<Member> mentioned(Turn turn) {
        Set<Member> members = new LinkedHashSet<>();
        MentionText.peopleMentioned(turn.activity())
                .forEach(m -> members.add(new Member(
                        m.getMentioned().getId(),
                        m.getMentioned().getName() == null
                                ? m.getMentioned().getId()
                                : m.getMentioned().getName())));
        return members;
    }
}
