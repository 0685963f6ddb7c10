package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.cards.CardRenderer;
import io.wafml.cards.Messages;
import io.wafml.checklist.Language;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders the card templates with typed view data and the UI texts of the viewer's language. */
@Component
class TeamsCards {

    private final CardRenderer renderer;
    private final Map<Language, Messages> messages = new EnumMap<>(Language.class);

    TeamsCards(CardRenderer renderer) {
        this.renderer = renderer;
        for (Language language : Language.values()) {
            messages.put(language, Messages.fromClasspath(CardRenderer.DEFAULT_FOLDER, language));
        }
    }

    /** The UI texts of a language, for data-dependent texts prepared in Java. */
    Messages messages(Language language) {
        return messages.get(language);
    }

    /** The expanded card of a template for a view, with the texts of the given language. */
    ObjectNode render(String template, Language language, Object view) {
        ObjectNode data = InboundActivity.MAPPER.valueToTree(view);
        data.set("t", messages.get(language).tree());
        return renderer.render(template, data);
    }
}
