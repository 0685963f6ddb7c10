package io.wafml.cards.view;

import java.util.List;

/** Data of the {@code history} card: the team's assessments, newest first. */
public record HistoryView(List<Entry> assessments) {

    public HistoryView {
        assessments = Values.list(assessments);
    }

    /** One assessment: its date, workload, status label and overall score as text. */
    public record Entry(String id, String date, String workload, String status, String score) {

        public Entry {
            id = Values.required(id, "id");
            date = Values.text(date);
            workload = Values.required(workload, "workload");
            status = Values.text(status);
            score = Values.text(score);
        }
    }
}
