package io.wafml.cards.view;

import java.util.List;
import java.util.Set;

/**
 * Data of the {@code pillar-items} card: one category of one pillar with its items, the viewer's saved answers, the
 * assignees mentioned, the shared progress line, and the users who get a personal refresh.
 */
public record PillarItemsView(
        String assessmentId,
        String workload,
        String pillarCode,
        String pillarName,
        String categoryId,
        String categoryName,
        String categoryNote,
        int page,
        int pageCount,
        String pageText,
        String assigneesText,
        List<Mention> mentions,
        String progressText,
        boolean readOnly,
        List<String> refreshUserIds,
        List<ItemRow> items) {

    /** Teams refreshes a card automatically for at most this many users. */
    public static final int MAX_REFRESH_USERS = 60;

    public PillarItemsView {
        assessmentId = Values.required(assessmentId, "assessmentId");
        workload = Values.text(workload);
        pillarCode = Values.required(pillarCode, "pillarCode");
        pillarName = Values.required(pillarName, "pillarName");
        categoryId = Values.required(categoryId, "categoryId");
        categoryName = Values.required(categoryName, "categoryName");
        categoryNote = Values.text(categoryNote);
        if (page < 1 || page > pageCount) {
            throw new IllegalArgumentException("Page " + page + " is outside 1.." + pageCount);
        }
        pageText = Values.text(pageText);
        assigneesText = Values.text(assigneesText);
        mentions = Values.list(mentions);
        progressText = Values.text(progressText);
        refreshUserIds = Values.list(refreshUserIds);
        if (refreshUserIds.size() > MAX_REFRESH_USERS) {
            throw new IllegalArgumentException(
                    "At most " + MAX_REFRESH_USERS + " refresh users, got " + refreshUserIds.size());
        }
        items = Values.list(items);
    }

    /**
     * One item: its question, guidance and links, and the viewer's saved answer (choice value, note, N/A reason and the
     * choice's label for the read-only view), all empty when the viewer has not answered.
     */
    public record ItemRow(
            String id,
            String question,
            String guidance,
            List<LinkRow> links,
            String choice,
            String note,
            String reason,
            String answerLabel) {

        /** The values of the answer choices, as the card submits them. */
        public static final Set<String> CHOICES = Set.of("yes", "partial", "no", "na", "unknown");

        public ItemRow {
            id = Values.required(id, "id");
            question = Values.required(question, "question");
            guidance = Values.text(guidance);
            links = Values.list(links);
            choice = Values.text(choice);
            if (!choice.isEmpty() && !CHOICES.contains(choice)) {
                throw new IllegalArgumentException("Unknown choice: " + choice);
            }
            note = Values.text(note);
            reason = Values.text(reason);
            answerLabel = Values.text(answerLabel);
        }
    }
}
