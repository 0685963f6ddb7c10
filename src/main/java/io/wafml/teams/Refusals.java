package io.wafml.teams;

import io.wafml.assessment.DomainException;
import io.wafml.cards.Messages;
import io.wafml.cards.view.NoticeView;

/** Turns a refused action into a short, polite card in the viewer's language. */
final class Refusals {

    private Refusals() {}

    static NoticeView view(Messages messages, DomainException refusal) {
        return NoticeView.of(
                messages.text("notice.titleSorry"),
                messages.text("refusal." + refusal.reason().name()),
                NoticeView.Style.WARNING);
    }

    /** A refusal of input the bot could not read, naming what was wrong. */
    static NoticeView invalidInput(Messages messages, String what) {
        return NoticeView.of(
                messages.text("notice.titleSorry"),
                messages.format("refusal.INVALID_INPUT", what),
                NoticeView.Style.WARNING);
    }

    /** A refusal whose text already explains what to do. */
    static NoticeView explained(Messages messages, String sentence) {
        return NoticeView.of(messages.text("notice.titleSorry"), sentence, NoticeView.Style.WARNING);
    }
}
