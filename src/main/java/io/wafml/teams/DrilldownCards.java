package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.AssessmentResult.PillarResult;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.DrilldownView;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.util.List;
import org.springframework.stereotype.Component;

/** The pillar details of a score card: the pillar's score and risks, and its gaps one page at a time. */
@Component
class DrilldownCards {

    /** Gaps per page. */
    static final int PAGE_SIZE = 10;

    private final TeamsCards cards;
    private final Checklist checklist;

    DrilldownCards(TeamsCards cards, Checklist checklist) {
        this.cards = cards;
        this.checklist = checklist;
    }

    /** The card of one pillar's gaps; the page is kept between 1 and the last page. */
    ObjectNode card(AssessmentResult result, Pillar pillar, int page, Language language) {
        return cards.render("drilldown", language, view(result, pillar, page, language));
    }

    DrilldownView view(AssessmentResult result, Pillar pillar, int page, Language language) {
        Messages m = cards.messages(language);
        PillarResult p = result.pillars().stream()
                .filter(r -> r.code().equals(pillar.code()))
                .findFirst()
                .orElseThrow();
        List<AssessmentResult.Gap> gaps = result.gaps().stream()
                .filter(g -> g.pillarCode().equals(pillar.code()))
                .toList();
        int pageCount = Math.max(1, (gaps.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pageCount));
        int from = (current - 1) * PAGE_SIZE;
        int to = Math.min(gaps.size(), from + PAGE_SIZE);
        return new DrilldownView(
                result.assessmentId().toString(),
                PlainText.of(result.workload()),
                pillar.code(),
                pillar.name().in(language),
                ResultTexts.score(p.score(), m),
                ResultTexts.label(p.label(), m, language),
                p.answered(),
                p.items(),
                p.risks().high(),
                p.risks().medium(),
                p.risks().unknown(),
                p.risks().unanswered(),
                gaps.subList(from, to).stream()
                        .map(g -> ResultTexts.gap(checklist, g, m, language))
                        .toList(),
                current,
                pageCount,
                gaps.isEmpty() ? "" : m.format("drilldown.page", from + 1, to, gaps.size()));
    }
}
