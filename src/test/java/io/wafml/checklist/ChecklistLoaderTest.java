package io.wafml.checklist;

import static io.wafml.checklist.ChecklistFixtures.VALID_YAML;
import static io.wafml.checklist.ChecklistFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of {@link ChecklistLoader}: loading and every validation problem, with its line and path. */
class ChecklistLoaderTest {

    @Test
    void loadsAValidFileWithEveryPart() {
        Checklist checklist = load(VALID_YAML);

        assertThat(checklist.id()).isEqualTo("sample");
        assertThat(checklist.version()).isEqualTo("1");
        assertThat(checklist.pillars()).extracting(Pillar::code).containsExactly("OE", "SE");
        assertThat(checklist.items()).extracting(i -> i.id().value()).containsExactly("OE-01", "OE-02", "SE-01");
        Item first = checklist.items().get(0);
        assertThat(first.guidance()).isEqualTo(new LocalizedText("ガイド", "Guidance"));
        assertThat(first.links()).singleElement().satisfies(link -> {
            assertThat(link.text().en()).isEqualTo("Link");
            assertThat(link.url()).hasToString("https://example.com/a");
        });
        assertThat(checklist.pillars().get(0).categories().get(1).note().en()).isEqualTo("Note");
        assertThat(checklist.items().get(1).guidance()).isNull();
    }

    @Test
    void derivesTheVersionFromTheContentHashWhenTheFileGivesNone() {
        String unversioned = VALID_YAML.replace("version: \"1\"\n", "");

        String version = load(unversioned).version();

        assertThat(version).matches("sha256-[0-9a-f]{12}");
        assertThat(load(unversioned).version()).isEqualTo(version);
        assertThat(load(unversioned.replace("質問1", "質問一")).version()).isNotEqualTo(version);
    }

    @Test
    void rejectsDuplicateItemIds() {
        assertProblems(
                VALID_YAML.replace("id: SE-01", "id: OE-01"),
                "line 29, pillars[1].categories[0].items[0].id: duplicate item id 'OE-01'"
                        + " (first at pillars[0].categories[0].items[0].id)");
    }

    @Test
    void rejectsDuplicateCategoryIdsAndPillarCodes() {
        assertProblems(
                VALID_YAML.replace("id: SE-design", "id: OE-design").replace("code: SE", "code: OE"),
                "line 23, pillars[1].code: duplicate pillar code 'OE' (first at pillars[0].code)",
                "line 26, pillars[1].categories[0].id: duplicate category id 'OE-design'"
                        + " (first at pillars[0].categories[0].id)");
    }

    @Test
    void rejectsBlankOrMissingTextInEitherLanguage() {
        assertProblems(
                VALID_YAML
                        .replace("{ja: 質問2, en: Question 2}", "{ja: 質問2, en: \"  \"}")
                        .replace("{ja: Ops, en: Ops}", "{en: Ops}")
                        .replace("{ja: リンク, en: Link}", "{ja: リンク, en: Link, fr: Lien}"),
                "line 15, pillars[0].categories[0].items[0].links[0].text.fr: unknown field (expected one of ja, en)",
                "line 18, pillars[0].categories[1].name.ja: is required",
                "line 22, pillars[0].categories[1].items[0].question.en: must not be blank");
    }

    @Test
    void rejectsLinksThatAreNotAbsoluteHttps() {
        assertProblems(
                VALID_YAML
                        .replace("url: https://example.com/a", "url: http://example.com/a")
                        .replace(
                                "{ja: ガイド, en: Guidance}", "{ja: \"[x](https//example.com)\", en: \"[x](/relative)\"}"),
                "line 13, pillars[0].categories[0].items[0].guidance.ja: link 'https//example.com'"
                        + " is not an absolute https URL",
                "line 13, pillars[0].categories[0].items[0].guidance.en: link '/relative' is not an absolute https URL",
                "line 16, pillars[0].categories[0].items[0].links[0].url: 'http://example.com/a'"
                        + " is not an absolute https URL");
    }

    @Test
    void rejectsEmptyPillarsAndCategoriesIncludingACategoryWithOnlyANote() {
        String yaml = """
                id: sample
                title: {ja: サンプル, en: Sample}
                pillars:
                  - code: OE
                    name: {ja: オペレーショナルエクセレンス, en: Operational Excellence}
                    categories:
                      - id: OE-ops
                        name: {ja: Ops, en: Ops}
                        note: {ja: 注記, en: Note}
                  - code: SE
                    name: {ja: セキュリティ, en: Security}
                    categories: []
                """;

        assertProblems(
                yaml,
                "line 7, pillars[0].categories[0].items: is required",
                "line 12, pillars[1].categories: must be a non-empty list");
    }

    @Test
    void rejectsMissingRequiredFieldsAndUnknownFields() {
        assertProblems(
                VALID_YAML
                        .replace("id: sample\n", "")
                        .replace("title: {ja: サンプル, en: Sample}\n", "titel: {ja: サンプル, en: Sample}\n")
                        .replace("        question: {ja: 質問3, en: Question 3}\n", ""),
                "line 2, titel: unknown field (expected one of id, version, title, disclaimer, premise,"
                        + " sourceLanguage, pillars)",
                "line 1, id: is required",
                "line 1, title: is required (with ja and en)",
                "line 28, pillars[1].categories[0].items[0].question: is required (with ja and en)");
    }

    @Test
    void rejectsIdsAndCodesOfTheWrongShape() {
        assertProblems(
                VALID_YAML.replace("id: OE-02", "id: \"OE 02\"").replace("code: SE", "code: security"),
                "line 21, pillars[0].categories[1].items[0].id: 'OE 02' is not an item id such as OE-01"
                        + " (at most 40 characters)",
                "line 23, pillars[1].code: 'security' is not an upper-case code such as OE");
    }

    @Test
    void rejectsMalformedYamlNamingLineAndColumn() {
        assertProblems("id: sample\ntitle: [\n  pillars: x\n", "line 4, column 1: while parsing a flow sequence");
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThatThrownBy(() -> load(VALID_YAML.replace("version: \"1\"\n", "version: \"1\"\nid: again\n")))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("line 3, column 3: Duplicate field 'id'");
    }

    @Test
    void rejectsAFileThatIsNotAMappingOrIsEmpty() {
        assertProblems("- just\n- a list\n", "line 1, (root): must be a mapping");
        assertProblems("", "line 1: the file is empty");
    }

    @Test
    void collectsEveryProblemAndNamesTheFileInTheMessage() {
        String broken = VALID_YAML.replace("id: OE-02", "id: OE-01").replace("https://example.com/a", "ftp://x");

        assertThatThrownBy(() -> ChecklistLoader.fromYaml("broken.yaml", utf8(broken)))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("Invalid checklist broken.yaml (2 problems):")
                .satisfies(e -> assertThat(((ChecklistException) e).source()).isEqualTo("broken.yaml"));
    }

    @Test
    void loadsFromAFileAndNamesAMissingFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), VALID_YAML);

        assertThat(ChecklistLoader.fromFile(file).items()).hasSize(3);
        assertThatThrownBy(() -> ChecklistLoader.fromFile(dir.resolve("missing.yaml")))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("missing.yaml")
                .hasMessageContaining("cannot be read");
    }

    @Test
    void namesAMissingClasspathResource() {
        assertThatThrownBy(() -> ChecklistLoader.fromClasspath("checklist/none.yaml"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageContaining("classpath:checklist/none.yaml")
                .hasMessageContaining("not found on the classpath");
    }

    private static Checklist load(String yaml) {
        return ChecklistLoader.fromYaml("test.yaml", utf8(yaml));
    }

    private static void assertProblems(String yaml, String... expected) {
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(
                        ChecklistException.class,
                        e -> assertThat(e.problems()).containsExactlyInAnyOrderElementsOf(List.of(expected)));
    }
}
