package io.wafml.teams;

import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.Member;
import io.wafml.assessment.Progress;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.ScoreCardView.Participant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The participation block of the score card: every respondent, most active first, then the assignees who answered
 * nothing; an assignee's line counts the items of their assigned pillars ({@code 5 of 11 items}), anyone else's the
 * items they answered.
 */
@Component
class Participants {

    /** The most participants listed by name; the rest are counted on one line. */
    static final int MAX_LISTED = 20;

    List<Participant> of(AssessmentResult result, Progress progress, Messages m) {
        Map<Member, int[]> assigned = new LinkedHashMap<>();
        for (Progress.PillarProgress pillar : progress.pillars()) {
            for (Progress.MemberProgress mp : pillar.members()) {
                int[] counts = assigned.computeIfAbsent(mp.member(), k -> new int[2]);
                counts[0] += mp.answered();
                counts[1] += mp.answered() + mp.owed();
            }
        }
        List<Participant> rows = new ArrayList<>();
        result.participation().forEach(p -> rows.add(row(p.respondent(), p.answered(), assigned, m)));
        assigned.keySet().stream()
                .filter(member -> result.participation().stream()
                        .noneMatch(p -> p.respondent().equals(member)))
                .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(member -> rows.add(row(member, 0, assigned, m)));
        if (rows.size() <= MAX_LISTED) {
            return rows;
        }
        List<Participant> listed = new ArrayList<>(rows.subList(0, MAX_LISTED - 1));
        listed.add(new Participant(m.format("score.moreParticipants", rows.size() - listed.size()), ""));
        return listed;
    }

    private static Participant row(Member member, int answered, Map<Member, int[]> assigned, Messages m) {
        int[] counts = assigned.get(member);
        String text = counts == null
                ? m.format("score.answeredOpen", answered)
                : m.format("score.answered", counts[0], counts[1]);
        return new Participant(PlainText.of(member.name()), text);
    }
}
