package io.wafml.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The bot's one endpoint: Teams posts every activity here and gets the invoke response back. */
@RestController
class MessagesController {

    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MessagesController.class);

    private final TeamsAdapter adapter;
    private final Bot bot;

    MessagesController(TeamsAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping("/api/messages")
    ResponseEntity<String> messages(
            HttpServletRequest request, @RequestHeader(name = "Authorization", required = false) String auth)
            throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "body larger than " + MAX_BODY_BYTES + " bytes");
        }
        byte[] body = readAtMost(request.getInputStream());
        if (body == null) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "body larger than " + MAX_BODY_BYTES + " bytes");
        }
        try {
            var activity = InboundActivity.parse(new String(body, StandardCharsets.UTF_8));
            return toResponse(adapter.handle(auth, activity, bot));
        } catch (InvalidActivityException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (TenantRefusedException e) {
            return error(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (AuthenticationException e) {
            log.info("Refused an activity that failed authentication");
            return error(HttpStatus.UNAUTHORIZED, "authentication failed");
        }
    }

    private static ResponseEntity<String> toResponse(InvokeResponse invoke) throws JsonProcessingException {
        if (invoke == null) {
            return ResponseEntity.ok().build();
        }
        String body = invoke.getBody() == null ? null : InboundActivity.MAPPER.writeValueAsString(invoke.getBody());
        return ResponseEntity.status(invoke.getStatus())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    private static ResponseEntity<String> error(HttpStatus status, String reason) throws JsonProcessingException {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(InboundActivity.MAPPER.writeValueAsString(Map.of("error", reason)));
    }
}
