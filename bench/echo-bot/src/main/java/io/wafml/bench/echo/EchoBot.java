package io.wafml.bench.echo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** Echoes a message's text as a reply, and answers a card action with a one-line card naming its verb. */
@Component
class EchoBot extends ActivityHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        return turnContext
                .sendActivity(
                        MessageFactory.text("echo: " + turnContext.getActivity().getText()))
                .thenApply(sent -> null);
    }

    @Override
    protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(
            TurnContext turnContext, AdaptiveCardInvokeValue invokeValue) {
        ObjectNode card = JSON.createObjectNode();
        card.put("type", "AdaptiveCard");
        card.put("version", "1.5");
        ObjectNode text = card.putArray("body").addObject();
        text.put("type", "TextBlock");
        text.put("text", "echo: " + invokeValue.getAction().getVerb());
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        response.setType("application/vnd.microsoft.card.adaptive");
        response.setValue(card);
        return CompletableFuture.completedFuture(response);
    }
}
