package io.wafml.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tests that importing the source Markdown reproduces the shipped checklist's Japanese content and ids. */
class MarkdownImportRoundTripTest {

    private final MarkdownChecklistImporter importer = new MarkdownChecklistImporter(Language.JA);

    @Test
    void importingTheCorrectedSeedReproducesTheShippedJapaneseContent() {
        Checklist imported = importer.importMarkdown("seed.md", correctedSeed());

        assertThat(japanese(imported)).containsExactlyElementsOf(japanese(ChecklistLoader.shipped()));
    }

    @Test
    void importingTheSeedAsItIsDiffersOnlyByTheDocumentedCorrections() {
        Checklist imported = importer.importMarkdown("seed.md", ChecklistFixtures.seed());

        List<String> corrected = japanese(imported).stream()
                .map(MarkdownImportRoundTripTest::correct)
                .toList();

        assertThat(japanese(imported)).isNotEqualTo(corrected);
        assertThat(corrected).containsExactlyElementsOf(japanese(ChecklistLoader.shipped()));
    }

    @Test
    void importedYamlLoadsBackToTheSameChecklist() {
        Checklist imported = importer.importMarkdown("seed.md", ChecklistFixtures.seed());

        String yaml = ChecklistWriter.toYaml(imported, Language.JA, false);
        Checklist loaded = ChecklistLoader.fromYaml("imported.yaml", ChecklistFixtures.utf8(yaml));

        assertThat(loaded.pillars()).isEqualTo(imported.pillars());
        assertThat(loaded.disclaimer()).isEqualTo(imported.disclaimer());
        assertThat(loaded.premise()).isEqualTo(imported.premise());
        assertThat(loaded.version()).startsWith("sha256-");
    }

    @Test
    void shippedChecklistSurvivesAWriteAndLoadUnchanged() {
        Checklist shipped = ChecklistLoader.shipped();

        String yaml = ChecklistWriter.toYaml(shipped, null, true);

        assertThat(ChecklistLoader.fromYaml("rewritten.yaml", ChecklistFixtures.utf8(yaml)))
                .isEqualTo(shipped);
    }

    private static String correctedSeed() {
        String seed = ChecklistFixtures.seed();
        for (List<String> correction : ChecklistFixtures.SEED_CORRECTIONS) {
            assertThat(seed).as("seed text to correct").contains(correction.get(0));
            seed = seed.replace(correction.get(0), correction.get(1));
        }
        return seed;
    }

    /** Applies the documented corrections to one line of {@link #japanese}, including category ids from headings. */
    private static String correct(String line) {
        String corrected = line;
        for (List<String> correction : ChecklistFixtures.SEED_CORRECTIONS) {
            String from = correction.get(0);
            String to = correction.get(1);
            if (from.startsWith("### ")) {
                from = from.substring(4);
                to = to.substring(4);
                corrected = corrected.replace(kebab(from), kebab(to));
            }
            corrected = corrected.replace(from, to);
        }
        return corrected;
    }

    private static String kebab(String name) {
        return name.toLowerCase(Locale.ROOT).replace(" & ", "-").replace(' ', '-');
    }

    /** The Japanese side of a checklist and its ids, one line per text, in checklist order. */
    private static List<String> japanese(Checklist checklist) {
        List<String> lines = new ArrayList<>();
        lines.add("disclaimer " + checklist.disclaimer().ja());
        lines.add("premise " + checklist.premise().ja());
        for (Pillar pillar : checklist.pillars()) {
            lines.add("pillar " + pillar.code() + " " + pillar.name().ja());
            for (Category category : pillar.categories()) {
                lines.add("category " + category.id() + " " + category.name().ja());
                lines.add("note " + category.id() + " "
                        + (category.note() == null ? "-" : category.note().ja()));
                for (Item item : category.items()) {
                    lines.add("question " + item.id() + " " + item.question().ja());
                    lines.add("guidance " + item.id() + " "
                            + (item.guidance() == null ? "-" : item.guidance().ja()));
                    item.links()
                            .forEach(link -> lines.add(
                                    "link " + item.id() + " " + link.text().ja() + " " + link.url()));
                }
            }
        }
        return lines;
    }
}
