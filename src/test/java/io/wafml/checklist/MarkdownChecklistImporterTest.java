package io.wafml.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link MarkdownChecklistImporter}: structure, links, skipped lines and every error with its line. */
class MarkdownChecklistImporterTest {

    private final MarkdownChecklistImporter japanese = new MarkdownChecklistImporter(Language.JA);

    @Test
    void importsPillarsCategoriesQuestionsGuidanceAndLinksWithGeneratedIds() {
        Checklist checklist = importJa("""
                # :star: My checklist
                ## セキュリティ
                ### Identity & Access
                - [ ] 質問A
                    - ガイドA [リンクA](https://example.com/a) を参照。
                - [ ] 質問B
                ### Data
                - [ ] 質問C
                ## コスト最適化
                ### Sizing
                - [x] 質問D
                """);

        assertThat(checklist.id()).isEqualTo("my-list");
        assertThat(checklist.title().ja()).isEqualTo("My checklist");
        assertThat(checklist.version()).startsWith("sha256-");
        assertThat(checklist.pillars()).extracting(Pillar::code).containsExactly("SE", "CO");
        assertThat(checklist.pillars().get(0).categories())
                .extracting(Category::id)
                .containsExactly("SE-identity-access", "SE-data");
        assertThat(checklist.items())
                .extracting(i -> i.id().value())
                .containsExactly("SE-01", "SE-02", "SE-03", "CO-01");
        Item first = checklist.items().get(0);
        assertThat(first.question()).isEqualTo(new LocalizedText("質問A", "質問A"));
        assertThat(first.guidance().ja()).isEqualTo("ガイドA リンクA を参照。");
        assertThat(first.links()).singleElement().satisfies(link -> {
            assertThat(link.text().ja()).isEqualTo("リンクA");
            assertThat(link.url()).hasToString("https://example.com/a");
        });
        assertThat(checklist.items().get(1).guidance()).isNull();
        assertThat(checklist.items().get(1).links()).isEmpty();
    }

    @Test
    void joinsLinkTextBrokenAcrossLinesAndGuidanceSpanningLinesAndBullets() {
        Checklist checklist = importJa("""
                ## Reliability
                ### Design
                - [ ] 質問
                    - 一行目
                    続き [リンクの
                ](https//example.com/x) を参照。
                    - 二つ目
                """);

        Item item = checklist.items().get(0);
        assertThat(item.guidance().ja()).isEqualTo("一行目 続き リンクの を参照。\n二つ目");
        assertThat(item.links()).singleElement().satisfies(link -> {
            assertThat(link.text().ja()).isEqualTo("リンクの");
            assertThat(link.url()).hasToString("https://example.com/x");
        });
    }

    @Test
    void skipsFrontMatterCommentsImagesAndRulesAndKeepsDisclaimerPremiseAndNotes() {
        Checklist checklist = importJa("""
                ---
                title: ignored
                ---
                # Title
                Subtitle paragraph
                [<img src="./x.png">](x.md)
                <br>
                <!-- ## Hidden pillar
                - [ ] hidden question -->
                ※ 一般的な推奨事項です。

                ※ 詳細は [Review](https://aka.ms/review) を参照。

                !> [前提条件]
                前提の本文。
                ---
                ## Reliability
                ![image](pic.png)
                ### Security & Compliance
                注記の行
                - [ ] 質問
                ---
                """);

        assertThat(checklist.pillars())
                .singleElement()
                .extracting(p -> p.code())
                .isEqualTo("RE");
        assertThat(checklist.items()).extracting(i -> i.question().ja()).containsExactly("質問");
        assertThat(checklist.disclaimer().ja()).isEqualTo("一般的な推奨事項です。\n詳細は [Review](https://aka.ms/review) を参照。");
        assertThat(checklist.premise().ja()).isEqualTo("前提の本文。");
        assertThat(checklist.pillars().get(0).categories().get(0).note().ja()).isEqualTo("注記の行");
    }

    @Test
    void importsEnglishAndGivesUnknownPillarsTheirInitialsOrPosition() {
        Checklist checklist = new MarkdownChecklistImporter(Language.EN).importMarkdown("en.md", """
                        ## Performance Efficiency
                        ### Testing
                        - [ ] Question?
                        ## Data Governance
                        ### Lineage
                        - [ ] Question?
                        ## 持続可能性
                        ### Energy
                        - [ ] Question?
                        """);

        assertThat(checklist.pillars()).extracting(Pillar::code).containsExactly("PE", "DG", "P3");
        assertThat(checklist.pillars().get(2).categories().get(0).id()).isEqualTo("P3-energy");
        assertThat(checklist.items().get(0).question().en()).isEqualTo("Question?");
    }

    @Test
    void rejectsAQuestionBeforeAnyPillarOrCategory() {
        assertProblems(
                """
                - [ ] 早すぎる質問
                ## Reliability
                - [ ] カテゴリーのない質問
                ### Design
                - [ ] 質問
                """,
                "line 1: question before any pillar ('## ' heading)",
                "line 3: question before any category ('### ' heading)");
    }

    @Test
    void rejectsACategoryBeforeAnyPillarAndGuidanceBeforeAnyQuestion() {
        assertProblems(
                """
                ### Design
                ## Reliability
                ### Design
                    - 質問のないガイド
                - [ ] 質問
                """,
                "line 1: category 'Design' before any pillar ('## ' heading)",
                "line 4: guidance before any question ('- [ ] ' line)");
    }

    @Test
    void rejectsUnterminatedLinksAndLinksThatAreNotHttps() {
        assertProblems(
                """
                ## Reliability
                ### Design
                - [ ] 質問1
                    - [閉じない リンク
                    続き
                - [ ] 質問2
                    - [リンク](https://example.com/a 閉じない
                - [ ] 質問3
                    - [リンク](http://example.com/a) と [相対](docs/a.md)
                """,
                "line 4: unterminated link: '[' without a closing ']'",
                "line 7: unterminated link: '](' without a closing ')'",
                "line 9: link URL 'http://example.com/a' is not an absolute https URL",
                "line 9: link URL 'docs/a.md' is not an absolute https URL");
    }

    @Test
    void rejectsEmptyPillarsEmptyCategoriesAndEmptyQuestions() {
        assertProblems(
                """
                ## Reliability
                ## Security
                ### Design
                注記だけのカテゴリー
                ### Data
                - [ ]
                - [ ] 質問
                """,
                "line 1: pillar 'Reliability' has no categories ('### ' headings)",
                "line 3: category 'Design' has no questions ('- [ ] ' lines)",
                "line 6: empty question");
    }

    @Test
    void rejectsAFileWithoutPillars() {
        assertProblems("# Title\nJust text.\n", "line 1: no pillar found: a pillar starts with '## '");
    }

    @Test
    void rejectsDeepHeadingsBulletsWithoutCheckboxAndDuplicateCategories() {
        assertProblems(
                """
                ## Reliability
                ### Design
                #### Detail
                - 質問のつもり
                - [ ] 質問
                ### Design
                - [ ] 質問
                """,
                "line 3: heading level 4 is not supported: '## ' starts a pillar, '### ' a category",
                "line 4: list item without a checkbox: questions start with '- [ ] '",
                "line 6: duplicate category 'Design' (first at line 2)");
    }

    @Test
    void rejectsUnterminatedCommentsAndFrontMatter() {
        assertProblems(
                "## Reliability\n### Design\n- [ ] 質問\n<!-- open\n",
                "line 4: unterminated HTML comment: no closing '-->'");
        assertProblems(
                "---\ntitle: x\n## Reliability\n",
                "line 1: unterminated front matter: no closing '---'",
                "line 1: no pillar found: a pillar starts with '## '");
    }

    @Test
    void namesTheFileInTheError() {
        assertThatThrownBy(() -> japanese.importMarkdown("mine.md", "## Reliability\n"))
                .isInstanceOf(ChecklistException.class)
                .hasMessageStartingWith("Invalid checklist mine.md (1 problem):");
    }

    private Checklist importJa(String markdown) {
        return japanese.importMarkdown("docs/my list.md", markdown);
    }

    private void assertProblems(String markdown, String... expected) {
        assertThatThrownBy(() -> japanese.importMarkdown("test.md", markdown))
                .isInstanceOfSatisfying(
                        ChecklistException.class,
                        e -> assertThat(e.problems()).containsExactlyInAnyOrderElementsOf(List.of(expected)));
    }
}
