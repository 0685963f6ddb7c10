package io.wafml.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tests of the shipped checklist against counts taken from the source Markdown by plain line counting. */
class ShippedChecklistTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    private final Checklist checklist = ChecklistLoader.shipped();

    @Test
    void hasEveryPillarOfTheSeedInOrderWithItsItemCount() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        String pillar = null;
        for (String line : ChecklistFixtures.seed().lines().toList()) {
            if (line.startsWith("## ")) {
                pillar = line.substring(3).strip();
                expected.put(pillar, 0);
            } else if (line.startsWith("- [ ] ")) {
                expected.merge(pillar, 1, Integer::sum);
            }
        }
        Map<String, Integer> actual = new LinkedHashMap<>();
        checklist.pillars().forEach(p -> actual.put(p.name().ja(), p.items().size()));

        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(actual.values()).containsExactly(10, 14, 7, 24, 11);
        assertThat(checklist.items()).hasSize(66);
    }

    @Test
    void hasEveryCategoryOfTheSeedInOrderWithItsItemCount() {
        List<Integer> expected = new ArrayList<>();
        for (String line : ChecklistFixtures.seed().lines().toList()) {
            if (line.startsWith("### ")) {
                expected.add(0);
            } else if (line.startsWith("- [ ] ")) {
                expected.set(expected.size() - 1, expected.get(expected.size() - 1) + 1);
            }
        }
        List<Integer> actual = checklist.pillars().stream()
                .flatMap(p -> p.categories().stream())
                .map(c -> c.items().size())
                .toList();

        assertThat(expected).hasSize(35);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void numbersItemIdsAcrossEachPillarWithItsCode() {
        assertThat(checklist.pillars()).extracting(Pillar::code).containsExactly("OE", "PE", "CO", "RE", "SE");
        for (Pillar pillar : checklist.pillars()) {
            List<String> ids = pillar.items().stream().map(i -> i.id().value()).toList();
            for (int i = 0; i < ids.size(); i++) {
                assertThat(ids.get(i)).isEqualTo("%s-%02d".formatted(pillar.code(), i + 1));
            }
        }
    }

    @Test
    void givesCategoriesKebabCaseIdsPrefixedWithTheirPillarCode() {
        for (Pillar pillar : checklist.pillars()) {
            assertThat(pillar.categories())
                    .extracting(Category::id)
                    .allMatch(id -> id.matches(pillar.code() + "-[a-z0-9]+(-[a-z0-9]+)*"))
                    .doesNotHaveDuplicates();
        }
        assertThat(checklist.findPillar("RE").orElseThrow().categories())
                .extracting(Category::id)
                .contains("RE-model-design", "RE-health-modeling-monitoring", "RE-deployment-testing");
    }

    @Test
    void correctsTheSeedsTyposInCategoryNames() {
        List<String> names = checklist.pillars().stream()
                .flatMap(p -> p.categories().stream())
                .flatMap(c -> List.of(c.name().ja(), c.name().en()).stream())
                .toList();

        assertThat(names).contains("Application Design", "Deployment & Testing");
        assertThat(names).noneMatch(n -> n.contains("Applicaiton") || n.contains("Testings"));
    }

    @Test
    void hasEnglishForEveryTextAndJapaneseInEveryJapaneseQuestion() {
        for (ChecklistFixtures.Labelled labelled : ChecklistFixtures.texts(checklist)) {
            assertThat(labelled.text()).as(labelled.where()).isNotNull();
            assertThat(labelled.text().ja()).as(labelled.where()).isNotBlank();
            assertThat(labelled.text().en()).as(labelled.where()).isNotBlank();
            assertThat(JAPANESE.matcher(labelled.text().en()).find())
                    .as("English of " + labelled.where() + " contains Japanese")
                    .isFalse();
        }
        assertThat(checklist.items())
                .allMatch(i -> JAPANESE.matcher(i.question().ja()).find());
    }

    @Test
    void linksAreAllAbsoluteHttps() {
        List<Link> links =
                checklist.items().stream().flatMap(i -> i.links().stream()).toList();

        assertThat(links).hasSizeGreaterThan(30);
        assertThat(links).allSatisfy(link -> {
            assertThat(link.url().getScheme()).isEqualTo("https");
            assertThat(link.url().getHost()).isNotBlank();
        });
        assertThat(checklist.findItem(new ItemId("OE-02")).orElseThrow().links())
                .extracting(link -> link.url().toString())
                .containsExactly(
                        "https://docs.microsoft.com/en-us/azure/machine-learning/azure-machine-learning-release-notes");
    }

    @Test
    void keepsTheNoteUnderReliabilitySecurityAsCategoryNoteRatherThanItem() {
        Category category = checklist.findPillar("Reliability").orElseThrow().categories().stream()
                .filter(c -> c.id().equals("RE-security-compliance"))
                .findFirst()
                .orElseThrow();

        assertThat(category.note().ja()).isEqualTo("プライバシー保護、White Noise、説明性・解釈可能性");
        assertThat(category.items()).hasSize(4).noneMatch(i -> i.question().ja().contains("White Noise"));
    }

    @Test
    void showsTheDisclaimerWithTheReviewLinkAndTheAzureMachineLearningPremise() {
        assertThat(checklist.id()).isEqualTo("waf-ml");
        assertThat(checklist.version()).isEqualTo("2026.1");
        assertThat(checklist.disclaimer().ja()).contains("一般的な推奨事項", "https://aka.ms/architecture/review");
        assertThat(checklist.disclaimer().en())
                .contains("general recommendations", "https://aka.ms/architecture/review");
        assertThat(checklist.premise().ja()).contains("Azure Machine Learning を中心とした");
        assertThat(checklist.premise().en()).contains("centered on Azure Machine Learning");
    }
}
