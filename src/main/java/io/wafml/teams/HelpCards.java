package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.cards.Messages;
import io.wafml.cards.view.HelpView;
import io.wafml.cards.view.WelcomeView;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The welcome card shown on install and the help card listing every command, in either language. */
@Component
class HelpCards {

    private static final String MENTION = "@WAF ML Assessment";

    private final TeamsCards cards;
    private final Checklist checklist;

    HelpCards(TeamsCards cards, Checklist checklist) {
        this.cards = cards;
        this.checklist = checklist;
    }

    ObjectNode help(Language language) {
        Messages m = cards.messages(language);
        List<HelpView.Command> commands = Arrays.stream(Verb.values())
                .map(v -> new HelpView.Command(
                        v.word(), v.usage(), String.join(", ", v.aliases()), m.text("help.commands." + v.word())))
                .toList();
        return cards.render("help", language, new HelpView(m.format("help.usageHint", MENTION), commands));
    }

    ObjectNode welcome(Language language) {
        Messages m = cards.messages(language);
        String summary = m.format(
                "welcome.checklistSummary",
                checklist.items().size(),
                checklist.pillars().size(),
                checklist.version());
        return cards.render(
                "welcome",
                language,
                new WelcomeView(
                        summary,
                        m.format("welcome.helpHint", MENTION + " help"),
                        checklist.disclaimer().in(language),
                        checklist.premise().in(language)));
    }
}
