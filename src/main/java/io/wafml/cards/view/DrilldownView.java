package io.wafml.cards.view;

import java.util.List;

/** Data of the {@code drilldown} card: one page of one pillar's gaps with guidance and links. */
public record DrilldownView(
        String assessmentId,
        String workload,
        String pillarCode,
        String pillarName,
        String scoreText,
        String label,
        int answered,
        int total,
        int high,
        int medium,
        int unknown,
        int unanswered,
        List<Gap> gaps,
        int page,
        int pageCount,
        String pageText) {

    public DrilldownView {
        assessmentId = Values.required(assessmentId, "assessmentId");
        workload = Values.text(workload);
        pillarCode = Values.required(pillarCode, "pillarCode");
        pillarName = Values.required(pillarName, "pillarName");
        scoreText = Values.required(scoreText, "scoreText");
        label = Values.text(label);
        Values.atMost(Values.count(answered, "answered"), Values.count(total, "total"), "answered");
        Values.count(high, "high");
        Values.count(medium, "medium");
        Values.count(unknown, "unknown");
        Values.count(unanswered, "unanswered");
        gaps = Values.list(gaps);
        if (page < 1 || page > pageCount) {
            throw new IllegalArgumentException("Page " + page + " is outside 1.." + pageCount);
        }
        pageText = Values.text(pageText);
    }
}
