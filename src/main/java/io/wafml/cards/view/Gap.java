package io.wafml.cards.view;

import java.util.List;

/** A gap of the improvement plan: an item whose consolidated answer is not Yes, with its guidance and links. */
public record Gap(
        String pillarName,
        String itemId,
        String question,
        String answerLabel,
        Tone color,
        String guidance,
        List<LinkRow> links) {

    public Gap {
        pillarName = Values.required(pillarName, "pillarName");
        itemId = Values.required(itemId, "itemId");
        question = Values.required(question, "question");
        answerLabel = Values.required(answerLabel, "answerLabel");
        color = color == null ? Tone.DEFAULT : color;
        guidance = Values.text(guidance);
        links = Values.list(links);
    }
}
