package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.DomainException;
import io.wafml.cards.Messages;
import io.wafml.checklist.Language;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Sample notices: confirmations, hints, every refusal of the domain, refused input and the error card. */
@Component
class NoticeSamples implements SampleCards {

    private final Replies replies;
    private final TeamsCards cards;

    NoticeSamples(Replies replies, TeamsCards cards) {
        this.replies = replies;
        this.cards = cards;
    }

    @Override
    public Map<String, ObjectNode> samples(SampleAssessment sample, Language language) {
        Messages m = cards.messages(language);
        String workload = sample.open().workload();
        int categories = sample.service().checklist().pillars().stream()
                .mapToInt(p -> p.categories().size())
                .sum();
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        samples.put("notice-sending", replies.sendingCard(language, categories, workload));
        samples.put(
                "notice-cancelled",
                replies.cancelledCard(language, workload, sample.facilitator().name()));
        samples.put("notice-unknown-command", replies.unknownCommandCard(language, "strat"));
        samples.put("notice-unknown-action", replies.unknownActionCard(language, "archive"));
        samples.put("notice-already-received", replies.alreadyReceivedCard(language));
        for (DomainException.Reason reason : DomainException.Reason.values()) {
            samples.put(
                    "refusal-" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    replies.refusalCard(language, new DomainException(reason, "sample")));
        }
        samples.put(
                "refusal-personal-chat",
                replies.invalidInputCard(language, InvalidInputException.explained(m.text("refusal.PERSONAL_CHAT"))));
        samples.put(
                "refusal-mention-needed",
                replies.invalidInputCard(language, InvalidInputException.explained(m.text("refusal.MENTION_NEEDED"))));
        samples.put(
                "refusal-no-assessment",
                replies.invalidInputCard(
                        language,
                        InvalidInputException.explained(m.format("notice.noAssessment", "start ‹workload›"))));
        samples.put(
                "refusal-invalid-input",
                replies.invalidInputCard(language, new InvalidInputException("no answer was chosen")));
        samples.put("error", replies.errorCard(language));
        return samples;
    }
}
