package io.wafml.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wafml.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the {@code checklist} command run through {@link io.wafml.cli.Cli}. */
class ChecklistCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void exportPrintsEveryItemInBothLanguagesWithLinksAsJson() throws IOException {
        int code = run("checklist", "export", "--format", "json");

        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        List<JsonNode> items = new ArrayList<>();
        root.get("pillars")
                .forEach(p -> p.get("categories").forEach(c -> c.get("items").forEach(items::add)));
        assertThat(items).hasSize(66);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.at("/question/ja").asText()).isNotBlank();
            assertThat(item.at("/question/en").asText()).isNotBlank();
        });
        assertThat(items.get(1).at("/links/0/url").asText()).startsWith("https://docs.microsoft.com/");
        assertThat(items.get(1).at("/links/0/text/en").asText()).isEqualTo("Azure Machine Learning release notes");
        assertThat(root.get("version").asText()).isEqualTo("2026.1");
    }

    @Test
    void exportReadsTheGivenFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), ChecklistFixtures.VALID_YAML);

        int code = run("checklist", "export", "--format", "json", "--file", file.toString());

        assertThat(code).isZero();
        assertThat(new ObjectMapper().readTree(out.toByteArray()).get("id").asText())
                .isEqualTo("sample");
    }

    @Test
    void importPrintsADataFileThatValidates() throws IOException {
        Path markdown = Files.writeString(dir.resolve("seed.md"), ChecklistFixtures.seed());

        int code = run("checklist", "import", markdown.toString(), "--lang", "ja");

        assertThat(code).isZero();
        Path yaml = Files.write(dir.resolve("seed.yaml"), out.toByteArray());
        assertThat(Files.readString(yaml))
                .startsWith("id: seed\nsourceLanguage: ja\n")
                .doesNotContain("version:");
        out.reset();
        assertThat(run("checklist", "validate", yaml.toString())).isZero();
        assertThat(stdout())
                .startsWith("OK: 66 items, 35 categories, 5 pillars (seed sha256-")
                .contains("the en texts are copies of the ja texts");
    }

    @Test
    void validatePrintsTheItemCountOfAGoodFile() {
        int code = run("checklist", "validate", "src/main/resources/checklist/waf-ml.yaml");

        assertThat(code).isZero();
        assertThat(stdout()).isEqualTo("OK: 66 items, 35 categories, 5 pillars (waf-ml 2026.1)\n");
    }

    @Test
    void validateListsTheProblemsOfABadFileAndExitsOne() throws IOException {
        Path file = Files.writeString(
                dir.resolve("bad.yaml"),
                ChecklistFixtures.VALID_YAML.replace("id: SE-01", "id: OE-01").replace("https://", "http://"));

        int code = run("checklist", "validate", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr())
                .contains("bad.yaml (2 problems)")
                .contains("line 16, pillars[0].categories[0].items[0].links[0].url")
                .contains("line 29, pillars[1].categories[0].items[0].id: duplicate item id 'OE-01'");
    }

    @Test
    void importOfABadMarkdownFileListsItsLinesAndExitsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.md"), "## Reliability\n- [ ] 質問\n");

        assertThat(run("checklist", "import", file.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(stderr()).contains("line 2: question before any category");
    }

    @Test
    void usageErrorsExitTwoWithTheUsageLine() {
        List<String[]> wrong = List.of(
                new String[] {"checklist"},
                new String[] {"checklist", "frobnicate"},
                new String[] {"checklist", "export", "--format", "xml"},
                new String[] {"checklist", "export", "--lang", "ja"},
                new String[] {"checklist", "import", "a.md"},
                new String[] {"checklist", "import", "a.md", "--lang", "fr"},
                new String[] {"checklist", "validate"},
                new String[] {"checklist", "validate", "a.yaml", "--verbose"});
        for (String[] args : wrong) {
            err.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(stderr()).as(String.join(" ", args)).contains(ChecklistCommand.USAGE);
        }
        assertThat(out.size()).isZero();
    }

    private int run(String... args) {
        return Cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
