package io.wafml.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.connector.authentication.AppCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The bot's identity from Azure's variable names, and the authority its outbound tokens come from. */
class BotIdentityTest {

    private static final String SCOPE = "https://api.botframework.com/.default";

    @Test
    void runsWithoutAuthenticationWhenNoAppIdIsSet() {
        BotIdentity identity = BotIdentity.from(new MockEnvironment());

        assertThat(identity.authenticated()).isFalse();
        assertThat(identity.type()).isEqualTo(BotIdentity.AppType.NONE);
    }

    @Test
    void acquiresSingleTenantTokensFromTheTenantsOwnAuthority() {
        BotIdentity identity =
                BotIdentity.from(environment("SingleTenant").withProperty("MicrosoftAppTenantId", "contoso-tenant"));

        AppCredentials credentials =
                new TeamsAdapterConfiguration().outboundCredentials(identity).build("app-id", SCOPE);

        assertThat(credentials.oAuthEndpoint()).isEqualTo("https://login.microsoftonline.com/contoso-tenant");
        assertThat(credentials.oAuthScope()).isEqualTo(SCOPE);
    }

    @Test
    void acquiresMultiTenantTokensFromTheBotFrameworkAuthority() {
        BotIdentity identity = BotIdentity.from(environment("MultiTenant"));

        AppCredentials credentials =
                new TeamsAdapterConfiguration().outboundCredentials(identity).build("app-id", SCOPE);

        assertThat(credentials.oAuthEndpoint()).isEqualTo("https://login.microsoftonline.com/botframework.com");
    }

    @Test
    void refusesSingleTenantWithoutATenant() {
        assertThatThrownBy(() -> BotIdentity.from(environment("SingleTenant")))
                .hasMessageContaining("MicrosoftAppTenantId");
    }

    @Test
    void refusesAnAppIdWithoutAPassword() {
        assertThatThrownBy(() -> BotIdentity.from(new MockEnvironment().withProperty("MicrosoftAppId", "app-id")))
                .hasMessageContaining("MicrosoftAppPassword");
    }

    @Test
    void refusesAnUnknownAppType() {
        assertThatThrownBy(() -> BotIdentity.from(environment("UserAssignedMSI")))
                .hasMessageContaining("SingleTenant or MultiTenant");
    }

    @Test
    void neverShowsThePasswordWhenPrinted() {
        BotIdentity identity = BotIdentity.from(environment("MultiTenant"));

        assertThat(identity.toString()).doesNotContain("s3cret-value");
    }

    private static MockEnvironment environment(String type) {
        return new MockEnvironment()
                .withProperty("MicrosoftAppType", type)
                .withProperty("MicrosoftAppId", "app-id")
                .withProperty("MicrosoftAppPassword", "s3cret-value");
    }
}
