package io.wafml.cards.view;

import java.util.List;

/** Data of the 1:1 {@code reminder-personal} card: the member's unanswered items per pillar. */
public record PersonalReminderView(
        String assessmentId,
        String workload,
        String dueOn,
        String intro,
        List<PillarItems> pillars,
        int moreCount,
        String moreText) {

    public PersonalReminderView {
        assessmentId = Values.required(assessmentId, "assessmentId");
        workload = Values.required(workload, "workload");
        dueOn = Values.text(dueOn);
        intro = Values.text(intro);
        pillars = Values.list(pillars);
        Values.count(moreCount, "moreCount");
        moreText = Values.text(moreText);
    }

    /** A pillar and the member's unanswered items in it. */
    public record PillarItems(String code, String name, List<ItemRef> items) {

        public PillarItems {
            code = Values.required(code, "code");
            name = Values.required(name, "name");
            items = Values.list(items);
        }
    }

    /** An item's id and its question, shortened for the list. */
    public record ItemRef(String id, String question) {

        public ItemRef {
            id = Values.required(id, "id");
            question = Values.required(question, "question");
        }
    }
}
