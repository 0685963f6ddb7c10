package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an app id configured, every request needs a valid Bot Framework channel token, validated against a local
 * OpenID metadata and key server; replies carry the outbound token the bot acquired.
 */
class AuthenticationTest extends EndToEndTest {

    static final String APP_ID = "6f1c3b7e-0d4a-4a52-9a0e-3c2b1d0e9f11";
    static final String OUTBOUND_TOKEN = "outbound-token-for-tests";
    private static final LocalOpenIdServer openId = LocalOpenIdServer.shared();

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        registry.add("MicrosoftAppType", () -> "SingleTenant");
        registry.add("MicrosoftAppId", () -> APP_ID);
        registry.add("MicrosoftAppPassword", () -> "app-password-for-tests");
        registry.add("MicrosoftAppTenantId", () -> "11111111-2222-3333-4444-555555555555");
        registry.add("BotOpenIdMetadata", openId::metadataUrl);
    }

    /** Replaces token acquisition from Entra, which tests cannot reach, with a fixed token. */
    @TestConfiguration
    static class FixedOutboundToken {
        @Bean
        @Primary
        OutboundCredentials fixedOutboundCredentials() {
            return (appId, scope) -> new AppCredentials(null, scope) {
                {
                    setAppId(appId);
                }

                @Override
                public CompletableFuture<String> getToken() {
                    return CompletableFuture.completedFuture(OUTBOUND_TOKEN);
                }

                @Override
                protected Authenticator buildAuthenticator() {
                    throw new IllegalStateException("tests never reach Entra");
                }
            };
        }
    }

    @Test
    void acceptsAValidChannelTokenAndRepliesWithTheOutboundToken() {
        BotClient.Reply reply = bot.post(Fixtures.channelMessage("help"), validToken());

        assertThat(reply.status()).isEqualTo(200);
        FakeConnector.Call sent = connector.calls().stream()
                .filter(FakeConnector.Call::isActivityWrite)
                .findFirst()
                .orElseThrow();
        assertThat(sent.authorization()).isEqualTo("Bearer " + OUTBOUND_TOKEN);
        assertThat(sent.body().path("attachments").get(0).path("contentType").asText())
                .isEqualTo("application/vnd.microsoft.card.adaptive");
    }

    @Test
    void refusesARequestWithoutAnAuthorizationHeader() {
        assertRefused(bot.post(Fixtures.channelMessage("help"), null));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        String token = openId.token(
                APP_ID, connector.serviceUrl(), Duration.ofMinutes(5), LocalOpenIdServer.KEY_ID, openId.strangerKeys());
        assertRefused(bot.post(Fixtures.channelMessage("help"), token));
    }

    @Test
    void refusesATokenForAnotherApp() {
        String token = openId.channelToken("another-app-id", connector.serviceUrl());
        assertRefused(bot.post(Fixtures.channelMessage("help"), token));
    }

    @Test
    void refusesAnExpiredToken() {
        String token = openId.token(
                APP_ID,
                connector.serviceUrl(),
                Duration.ofMinutes(-10),
                LocalOpenIdServer.KEY_ID,
                openId.signingKeys());
        assertRefused(bot.post(Fixtures.channelMessage("help"), token));
    }

    @Test
    void refusesATokenWhoseServiceUrlClaimDoesNotMatchTheActivity() {
        String token = openId.channelToken(APP_ID, "https://smba.trafficmanager.net/elsewhere/");
        assertRefused(bot.post(Fixtures.channelMessage("help"), token));
    }

    @Test
    void refusesATokenWithAnUnknownKeyId() {
        String token = openId.token(
                APP_ID, connector.serviceUrl(), Duration.ofMinutes(5), "unknown-key", openId.signingKeys());
        assertRefused(bot.post(Fixtures.channelMessage("help"), token));
    }

    @Test
    void refusesAMalformedBearerToken() {
        assertRefused(bot.post(Fixtures.channelMessage("help"), "not.a.jwt"));
    }

    private String validToken() {
        return openId.channelToken(APP_ID, connector.serviceUrl());
    }

    private void assertRefused(BotClient.Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.");
        assertThat(connector.calls()).isEmpty();
    }
}
