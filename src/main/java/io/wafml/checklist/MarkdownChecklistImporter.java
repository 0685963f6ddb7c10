package io.wafml.checklist;

import io.wafml.checklist.MarkdownDraft.DraftCategory;
import io.wafml.checklist.MarkdownDraft.DraftItem;
import io.wafml.checklist.MarkdownDraft.DraftPillar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Imports a checklist written in Markdown ({@code ## pillar}, {@code ### category}, {@code - [ ] question}, indented
 * guidance with {@code [text](url)} links) in one language, giving every pillar, category and item its id.
 *
 * <p>Every text goes to both sides of its {@link LocalizedText}: the other language holds a copy until translated.
 */
public final class MarkdownChecklistImporter {

    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");

    private final Language language;

    /** An importer for Markdown written in this language. */
    public MarkdownChecklistImporter(Language language) {
        this.language = language;
    }

    /** The language the Markdown is written in. */
    public Language language() {
        return language;
    }

    /** Imports a Markdown file; the checklist id comes from the file name. */
    public Checklist importFile(Path file) {
        try {
            return importMarkdown(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ChecklistException(file.toString(), "cannot be read: " + e, e);
        }
    }

    /** Imports Markdown text; {@code source} names it in errors and gives the checklist its id. */
    public Checklist importMarkdown(String source, String markdown) {
        Problems problems = new Problems(source, path -> 1);
        MarkdownDraft draft =
                new MarkdownScanner(problems).scan(markdown.lines().toList());
        MarkdownLinks links = new MarkdownLinks(problems);
        List<Pillar> pillars = pillars(draft, links, problems);
        LocalizedText disclaimer = joined(draft.disclaimer, links);
        LocalizedText premise = joined(draft.premise, links);
        problems.throwIfAny();
        String title = draft.title == null ? fileName(source) : draft.title;
        String version = ContentHash.of(markdown.getBytes(StandardCharsets.UTF_8));
        return new Checklist(checklistId(source), version, both(title), disclaimer, premise, pillars);
    }

    private List<Pillar> pillars(MarkdownDraft draft, MarkdownLinks links, Problems problems) {
        if (draft.pillars.isEmpty()) {
            problems.atLine(1, "no pillar found: a pillar starts with '## '");
        }
        PillarCodes codes = new PillarCodes();
        List<Pillar> pillars = new ArrayList<>();
        for (DraftPillar pillar : draft.pillars) {
            String code = codes.code(pillar.name(), pillars.size());
            if (pillar.categories().isEmpty()) {
                problems.atLine(pillar.line(), "pillar '" + pillar.name() + "' has no categories ('### ' headings)");
            }
            pillars.add(new Pillar(code, both(pillar.name()), categories(code, pillar, links, problems)));
        }
        return pillars;
    }

    private List<Category> categories(String code, DraftPillar pillar, MarkdownLinks links, Problems problems) {
        List<Category> categories = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        int itemCount = 0;
        for (DraftCategory category : pillar.categories()) {
            String id = PillarCodes.categoryId(code, category.name(), categories.size());
            Integer first = firstLines.putIfAbsent(id, category.line());
            if (first != null) {
                problems.atLine(
                        category.line(), "duplicate category '" + category.name() + "' (first at line " + first + ")");
            }
            if (category.items().isEmpty()) {
                problems.atLine(
                        category.line(), "category '" + category.name() + "' has no questions ('- [ ] ' lines)");
            }
            List<Item> items = new ArrayList<>();
            for (DraftItem item : category.items()) {
                items.add(item(PillarCodes.itemId(code, itemCount++), item, links));
            }
            LocalizedText note = joined(category.notes(), links);
            categories.add(new Category(id, both(category.name()), note, items));
        }
        return categories;
    }

    private Item item(String id, DraftItem item, MarkdownLinks links) {
        List<String> texts = new ArrayList<>();
        List<Link> found = new ArrayList<>();
        for (Paragraph paragraph : item.guidance()) {
            MarkdownLinks.LinkedText guidance = links.parse(paragraph, false);
            texts.add(guidance.text());
            found.addAll(guidance.links());
        }
        LocalizedText guidance = texts.isEmpty() ? null : both(String.join("\n", texts));
        return new Item(new ItemId(id), both(item.question().text()), guidance, found);
    }

    private LocalizedText joined(List<Paragraph> paragraphs, MarkdownLinks links) {
        List<String> texts = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            String text = links.parse(paragraph, true).text();
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        return texts.isEmpty() ? null : both(String.join("\n", texts));
    }

    private static LocalizedText both(String text) {
        return new LocalizedText(text, text);
    }

    private static String checklistId(String source) {
        String id = NOT_ID.matcher(fileName(source).toLowerCase(Locale.ROOT)).replaceAll("-");
        id = id.startsWith("-") ? id.substring(1) : id;
        id = id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
        return id.isEmpty() ? "imported" : id.substring(0, Math.min(id.length(), 64));
    }

    private static String fileName(String source) {
        String name = Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
