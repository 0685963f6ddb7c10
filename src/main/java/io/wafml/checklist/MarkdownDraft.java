package io.wafml.checklist;

import java.util.ArrayList;
import java.util.List;

/** What the Markdown scanner has found so far, before ids are given and texts are split from their links. */
final class MarkdownDraft {

    String title;
    final List<Paragraph> disclaimer = new ArrayList<>();
    final List<Paragraph> premise = new ArrayList<>();
    final List<DraftPillar> pillars = new ArrayList<>();

    /** A {@code ## pillar} heading and what follows it. */
    record DraftPillar(int line, String name, List<DraftCategory> categories) {}

    /** A {@code ### category} heading, its notes and its questions. */
    record DraftCategory(int line, String name, List<Paragraph> notes, List<DraftItem> items) {}

    /** A {@code - [ ] question} line and its indented guidance paragraphs. */
    record DraftItem(Paragraph question, List<Paragraph> guidance) {}

    DraftPillar pillar() {
        return pillars.isEmpty() ? null : pillars.get(pillars.size() - 1);
    }

    DraftCategory category() {
        DraftPillar pillar = pillar();
        return pillar == null || pillar.categories().isEmpty()
                ? null
                : pillar.categories().get(pillar.categories().size() - 1);
    }

    DraftItem item() {
        DraftCategory category = category();
        return category == null || category.items().isEmpty()
                ? null
                : category.items().get(category.items().size() - 1);
    }

    void addPillar(int line, String name) {
        pillars.add(new DraftPillar(line, name, new ArrayList<>()));
    }

    void addCategory(int line, String name) {
        pillar().categories().add(new DraftCategory(line, name, new ArrayList<>(), new ArrayList<>()));
    }

    Paragraph addItem(int line, String question) {
        Paragraph paragraph = new Paragraph(line, question);
        category().items().add(new DraftItem(paragraph, new ArrayList<>()));
        return paragraph;
    }
}
