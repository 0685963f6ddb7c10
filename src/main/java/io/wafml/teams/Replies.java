package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import io.wafml.assessment.DomainException;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.NoticeView;
import io.wafml.checklist.Language;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the messages and invoke responses the bot sends: cards as attachments, notices, refusals. */
@Component
class Replies {

    static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    private final TeamsCards cards;
    private final HelpCards help;

    Replies(TeamsCards cards, HelpCards help) {
        this.cards = cards;
        this.help = help;
    }

    /** A message carrying one Adaptive Card. */
    Activity card(ObjectNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CARD_CONTENT_TYPE);
        attachment.setContent(escapeDottedKeys(card.deepCopy()));
        Activity message = Activity.createMessageActivity();
        message.setAttachments(List.of(attachment));
        return message;
    }

    /**
     * The SDK's connector serializer reads a dot in a property name ({@code choices.data}) as a path to flatten; an
     * escaped dot ({@code choices\\.data}) is written back as the plain name.
     */
    static JsonNode escapeDottedKeys(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> dotted = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (name.contains(".")) {
                    dotted.add(name);
                }
            });
            for (String name : dotted) {
                object.set(name.replace(".", "\\."), object.remove(name));
            }
            object.elements().forEachRemaining(Replies::escapeDottedKeys);
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(Replies::escapeDottedKeys);
        }
        return node;
    }

    /** A message carrying the card of a template. */
    Activity card(String template, Language language, Object view) {
        return card(cards.render(template, language, view));
    }

    Activity help(Turn turn) {
        return card(help.help(turn.language()));
    }

    Activity welcome(Turn turn) {
        return card(help.welcome(turn.language()));
    }

    Activity unknownCommand(Turn turn, String word) {
        return card(unknownCommandCard(turn.language(), word));
    }

    /** The hint for a message that names no command. */
    ObjectNode unknownCommandCard(Language language, String word) {
        Messages m = cards.messages(language);
        return noticeCard(
                language,
                NoticeView.of(
                        m.text("notice.titleHint"),
                        m.format("notice.unknownCommand", PlainText.of(word, 60), "help"),
                        NoticeView.Style.DEFAULT));
    }

    /** The confirmation that the checklist cards are being posted. */
    ObjectNode sendingCard(Language language, int cardCount, String workload) {
        Messages m = cards.messages(language);
        return noticeCard(
                language,
                NoticeView.of(
                        m.text("notice.titleDone"),
                        m.format("notice.sending", cardCount, PlainText.of(workload)),
                        NoticeView.Style.GOOD));
    }

    /** The confirmation that an assessment was cancelled, and by whom. */
    ObjectNode cancelledCard(Language language, String workload, String cancelledBy) {
        Messages m = cards.messages(language);
        return noticeCard(
                language,
                NoticeView.of(
                        m.text("notice.titleDone"),
                        m.format("notice.cancelled", PlainText.of(workload), PlainText.of(cancelledBy)),
                        NoticeView.Style.DEFAULT));
    }

    /** The refusal of input the bot could not read: what was wrong, or the refusal's own explanation. */
    ObjectNode invalidInputCard(Language language, InvalidInputException invalid) {
        Messages m = cards.messages(language);
        return noticeCard(
                language,
                invalid.isExplained()
                        ? Refusals.explained(m, invalid.getMessage())
                        : Refusals.invalidInput(m, invalid.getMessage()));
    }

    /** A short card that says something went wrong or is not allowed, and why. */
    Activity notice(Language language, NoticeView view) {
        return card(noticeCard(language, view));
    }

    ObjectNode noticeCard(Language language, NoticeView view) {
        return cards.render("notice", language, view);
    }

    /** The polite card for a refused action. */
    ObjectNode refusalCard(Language language, DomainException refusal) {
        return noticeCard(language, Refusals.view(cards.messages(language), refusal));
    }

    Activity refusal(Language language, DomainException refusal) {
        return card(refusalCard(language, refusal));
    }

    ObjectNode unknownActionCard(Turn turn, String verb) {
        return unknownActionCard(turn.language(), verb);
    }

    /** The answer to a button whose verb no handler knows. */
    ObjectNode unknownActionCard(Language language, String verb) {
        Messages m = cards.messages(language);
        return noticeCard(
                language,
                NoticeView.of(
                        m.text("notice.titleSorry"),
                        m.format("notice.unknownAction", PlainText.of(verb, 60)),
                        NoticeView.Style.WARNING));
    }

    /** The card for input the bot could not read, naming what was wrong. */
    ObjectNode invalidInputCard(Turn turn, String what) {
        return noticeCard(turn.language(), Refusals.invalidInput(cards.messages(turn.language()), what));
    }

    /** The card for a typed command longer than the bot reads. */
    ObjectNode commandTooLongCard(Turn turn, int max) {
        Messages m = cards.messages(turn.language());
        return noticeCard(
                turn.language(),
                NoticeView.of(
                        m.text("notice.titleSorry"),
                        m.format("refusal.COMMAND_TOO_LONG", String.format(java.util.Locale.ROOT, "%,d", max)),
                        NoticeView.Style.WARNING));
    }

    /** The notice for a conversation that sent too many commands in the last minute. */
    Activity rateLimited(Turn turn) {
        Messages m = cards.messages(turn.language());
        return notice(
                turn.language(),
                NoticeView.of(m.text("notice.titleHint"), m.text("notice.rateLimited"), NoticeView.Style.DEFAULT));
    }

    ObjectNode alreadyReceivedCard(Turn turn) {
        return alreadyReceivedCard(turn.language());
    }

    /** The answer to an activity Teams delivered a second time. */
    ObjectNode alreadyReceivedCard(Language language) {
        Messages m = cards.messages(language);
        return noticeCard(
                language,
                NoticeView.of(m.text("notice.titleHint"), m.text("notice.alreadyReceived"), NoticeView.Style.DEFAULT));
    }

    /** The card that says something failed on the bot's side, without details. */
    ObjectNode errorCard(Language language) {
        Messages m = cards.messages(language);
        return noticeCard(
                language,
                NoticeView.of(m.text("notice.titleError"), m.text("notice.error"), NoticeView.Style.ATTENTION));
    }

    /** The body Teams expects for an {@code adaptiveCard/action} answered with a card. */
    ObjectNode invokeCard(ObjectNode card) {
        ObjectNode body = InboundActivity.MAPPER.createObjectNode();
        body.put("statusCode", HttpURLConnection.HTTP_OK);
        body.put("type", CARD_CONTENT_TYPE);
        body.set("value", card);
        return body;
    }

    /** The body of an {@code adaptiveCard/action} error response. */
    ObjectNode invokeError(String message) {
        ObjectNode body = InboundActivity.MAPPER.createObjectNode();
        body.put("statusCode", HttpURLConnection.HTTP_BAD_REQUEST);
        body.put("type", "application/vnd.microsoft.error");
        ObjectNode value = body.putObject("value");
        value.put("code", "BadRequest");
        value.put("message", message);
        return body;
    }

    /** The activity that carries an invoke response through the SDK's pipeline. */
    Activity invokeResponse(Object body) {
        Activity activity = new Activity(ActivityTypes.INVOKE_RESPONSE);
        activity.setValue(new InvokeResponse(HttpURLConnection.HTTP_OK, body));
        return activity;
    }
}
