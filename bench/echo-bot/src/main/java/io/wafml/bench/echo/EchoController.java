package io.wafml.bench.echo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The SDK's BotController shape: one POST /api/messages handing the activity to the adapter. */
@RestController
class EchoController {

    private static final ObjectMapper MAPPER = new JacksonAdapter().serializer();

    private final BotFrameworkHttpAdapter adapter;
    private final Bot bot;

    EchoController(BotFrameworkHttpAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping("/api/messages")
    ResponseEntity<String> messages(
            HttpServletRequest request, @RequestHeader(name = "Authorization", required = false) String auth)
            throws IOException {
        Activity activity = MAPPER.readValue(request.getInputStream(), Activity.class);
        InvokeResponse invoke =
                adapter.processIncomingActivity(auth, activity, bot).join();
        if (invoke == null) {
            return ResponseEntity.ok().build();
        }
        return ResponseEntity.status(invoke.getStatus())
                .contentType(MediaType.APPLICATION_JSON)
                .body(invoke.getBody() == null ? null : MAPPER.writeValueAsString(invoke.getBody()));
    }
}
