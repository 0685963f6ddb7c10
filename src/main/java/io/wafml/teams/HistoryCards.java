package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.RoleScope;
import io.wafml.assessment.Scoring;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.HistoryView;
import io.wafml.checklist.Language;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The history card: the open assessments of the conversation, then the team's finished ones, newest first, each
 * with its date (started or finished), workload, status and overall score.
 */
@Component
class HistoryCards {

    /** The most assessments listed. */
    static final int MAX_ENTRIES = 25;

    private final AssessmentService service;
    private final TeamsCards cards;

    HistoryCards(AssessmentService service, TeamsCards cards) {
        this.service = service;
        this.cards = cards;
    }

    ObjectNode card(Turn turn) {
        return card(turn.conversation(), turn.roleScope(), turn.language());
    }

    /** The open assessments of the conversation, then the finished ones of the team, newest first. */
    ObjectNode card(ConversationKey conversation, RoleScope scope, Language language) {
        Messages m = cards.messages(language);
        var entries = Stream.concat(service.open(conversation).stream(), service.history(scope).stream())
                .limit(MAX_ENTRIES)
                .map(a -> entry(a, m))
                .toList();
        return cards.render("history", language, new HistoryView(entries));
    }

    private HistoryView.Entry entry(Assessment a, Messages m) {
        Instant when = a.closedAt().orElse(a.createdAt());
        String score = a.isOpen() ? m.text("history.noScore") : ResultTexts.score(overall(a), m);
        return new HistoryView.Entry(
                a.id().toString(),
                AssessmentViews.date(when.atZone(a.zone()).toLocalDate()),
                PlainText.of(a.workload()),
                m.text("history.statusValue." + a.status().name().toLowerCase(Locale.ROOT)),
                score);
    }

    private Double overall(Assessment a) {
        Instant end = a.closedAt().orElse(Instant.MAX);
        var answers = service.answers(a.id()).stream()
                .filter(answer -> !answer.answeredAt().isAfter(end))
                .toList();
        AssessmentResult result = Scoring.score(service.checklist(), a, answers, Optional.empty());
        return result.overall();
    }
}
