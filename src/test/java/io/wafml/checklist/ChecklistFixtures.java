package io.wafml.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small checklist files and the seed Markdown for the checklist tests. */
final class ChecklistFixtures {

    /** A valid data file: two pillars, three categories, three items. */
    static final String VALID_YAML = """
            id: sample
            version: "1"
            title: {ja: サンプル, en: Sample}
            pillars:
              - code: OE
                name: {ja: オペレーショナルエクセレンス, en: Operational Excellence}
                categories:
                  - id: OE-design
                    name: {ja: Design, en: Design}
                    items:
                      - id: OE-01
                        question: {ja: 質問1, en: Question 1}
                        guidance: {ja: ガイド, en: Guidance}
                        links:
                          - text: {ja: リンク, en: Link}
                            url: https://example.com/a
                  - id: OE-ops
                    name: {ja: Ops, en: Ops}
                    note: {ja: 注記, en: Note}
                    items:
                      - id: OE-02
                        question: {ja: 質問2, en: Question 2}
              - code: SE
                name: {ja: セキュリティ, en: Security}
                categories:
                  - id: SE-design
                    name: {ja: Design, en: Design}
                    items:
                      - id: SE-01
                        question: {ja: 質問3, en: Question 3}
            """;

    /**
     * The corrections made to the seed's Markdown for the shipped data: English category-name typos and obvious
     * typos in Japanese questions. Each pair is (text in the seed, text in the shipped data).
     */
    static final List<List<String>> SEED_CORRECTIONS = List.of(
            List.of("### Applicaiton Design", "### Application Design"),
            List.of("### Deployment & Testings", "### Deployment & Testing"),
            List.of("Azure Machine Leanring", "Azure Machine Learning"),
            List.of("通知をキャチして", "通知をキャッチして"),
            List.of("本番で環境で", "本番環境で"),
            List.of("将来定な", "将来的な"),
            List.of("Azure Active Directy", "Azure Active Directory"),
            List.of("Azure Policty", "Azure Policy"));

    private ChecklistFixtures() {}

    static String seed() {
        try (InputStream in = ChecklistFixtures.class.getResourceAsStream("/checklist/seed.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every text of a checklist, each with where it sits, such as {@code OE-01 question}. */
    static List<Labelled> texts(Checklist checklist) {
        List<Labelled> texts = new ArrayList<>();
        texts.add(new Labelled("title", checklist.title()));
        texts.add(new Labelled("disclaimer", checklist.disclaimer()));
        texts.add(new Labelled("premise", checklist.premise()));
        for (Pillar pillar : checklist.pillars()) {
            texts.add(new Labelled(pillar.code() + " name", pillar.name()));
            for (Category category : pillar.categories()) {
                texts.add(new Labelled(category.id() + " name", category.name()));
                if (category.note() != null) {
                    texts.add(new Labelled(category.id() + " note", category.note()));
                }
                for (Item item : category.items()) {
                    texts.add(new Labelled(item.id() + " question", item.question()));
                    if (item.guidance() != null) {
                        texts.add(new Labelled(item.id() + " guidance", item.guidance()));
                    }
                    item.links()
                            .forEach(link -> texts.add(new Labelled(item.id() + " link " + link.url(), link.text())));
                }
            }
        }
        return texts;
    }

    /** A text and where it sits in the checklist. */
    record Labelled(String where, LocalizedText text) {}
}
