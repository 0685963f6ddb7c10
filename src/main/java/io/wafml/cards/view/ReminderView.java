package io.wafml.cards.view;

import java.util.List;

/** Data of the channel {@code reminder} card: every member with unanswered items, mentioned, with their counts. */
public record ReminderView(String assessmentId, String intro, List<MemberRow> members, List<Mention> mentions) {

    public ReminderView {
        assessmentId = Values.required(assessmentId, "assessmentId");
        intro = Values.text(intro);
        members = Values.list(members);
        mentions = Values.list(mentions);
        for (MemberRow member : members) {
            if (mentions.stream().noneMatch(m -> m.text().equals(member.mention()))) {
                throw new IllegalArgumentException("No mention entity for " + member.mention());
            }
        }
    }

    /** One member: the {@code <at>} text of their mention and their unanswered count as text. */
    public record MemberRow(String mention, String unansweredText) {

        public MemberRow {
            mention = Values.required(mention, "mention");
            unansweredText = Values.text(unansweredText);
        }
    }
}
