package io.wafml.cards.view;

/** Data of the {@code welcome} card, sent once the bot is installed in a team or a chat. */
public record WelcomeView(String checklistSummary, String helpHint, String disclaimer, String premise) {

    public WelcomeView {
        checklistSummary = Values.text(checklistSummary);
        helpHint = Values.required(helpHint, "helpHint");
        disclaimer = Values.text(disclaimer);
        premise = Values.text(premise);
    }
}
