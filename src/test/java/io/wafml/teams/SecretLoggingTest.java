package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app password, inbound bearer tokens, the outbound token and what users type never reach the logs, neither for
 * authenticated requests nor for refused ones.
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(AuthenticationTest.FixedOutboundToken.class)
class SecretLoggingTest extends EndToEndTest {

    private static final String PASSWORD = "Pw-canary-7f1d9c2b-do-not-log";
    private static final String USER_TEXT = "user-text-canary-3e8a";
    private static final LocalOpenIdServer openId = LocalOpenIdServer.shared();

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        registry.add("MicrosoftAppType", () -> "SingleTenant");
        registry.add("MicrosoftAppId", () -> AuthenticationTest.APP_ID);
        registry.add("MicrosoftAppPassword", () -> PASSWORD);
        registry.add("MicrosoftAppTenantId", () -> "11111111-2222-3333-4444-555555555555");
        registry.add("BotOpenIdMetadata", openId::metadataUrl);
    }

    @Test
    void logsNeitherThePasswordNorTokensNorUserText(CapturedOutput output) {
        String valid = openId.channelToken(AuthenticationTest.APP_ID, connector.serviceUrl());
        String stranger = openId.token(
                AuthenticationTest.APP_ID,
                connector.serviceUrl(),
                Duration.ofMinutes(5),
                LocalOpenIdServer.KEY_ID,
                openId.strangerKeys());
        String expired = openId.token(
                AuthenticationTest.APP_ID,
                connector.serviceUrl(),
                Duration.ofMinutes(-10),
                LocalOpenIdServer.KEY_ID,
                openId.signingKeys());
        String otherApp = openId.channelToken("another-app-id", connector.serviceUrl());
        String malformed = "eyJhbGciOiJSUzI1NiJ9.eyJjYW5hcnkiOiJ0b2tlbi1wYXJ0In0.c2lnbmF0dXJl";

        assertThat(bot.post(Fixtures.channelMessage("start " + USER_TEXT), valid)
                        .status())
                .isEqualTo(200);
        ObjectNode answer = Fixtures.cardAction("answer", Fixtures.JSON.createObjectNode());
        ((ObjectNode) answer.path("value").path("action").path("data")).put("note-OE-01", USER_TEXT);
        assertThat(bot.post(answer, valid).status()).isEqualTo(200);
        for (String token : new String[] {stranger, expired, otherApp, malformed, "not.a.jwt"}) {
            assertThat(bot.post(Fixtures.channelMessage("help " + USER_TEXT), token)
                            .status())
                    .isEqualTo(401);
        }

        assertThat(connector.calls())
                .anySatisfy(call ->
                        assertThat(call.authorization()).isEqualTo("Bearer " + AuthenticationTest.OUTBOUND_TOKEN));
        String logs = output.getAll();
        assertThat(logs).contains("Refused an activity that failed authentication");
        assertThat(logs).doesNotContain(PASSWORD, AuthenticationTest.OUTBOUND_TOKEN, USER_TEXT, "not.a.jwt");
        for (String token : new String[] {valid, stranger, expired, otherApp, malformed}) {
            for (String part : token.split("\\.")) {
                assertThat(logs).doesNotContain(part);
            }
        }
        assertThat(logs).doesNotContain("eyJjYW5hcnkiOiJ0b2tlbi1wYXJ0In0", "token-part");
    }
}
