package io.wafml.teams;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the Bot Framework SDK: the bot's identity, its outbound credentials and the adapter. */
@Configuration(proxyBeanMethods = false)
class TeamsAdapterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TeamsAdapterConfiguration.class);

    @Bean
    BotIdentity botIdentity(Environment environment) {
        BotIdentity identity = BotIdentity.from(environment);
        if (identity.authenticated()) {
            log.info("Bot identity: {} app {}", identity.type(), identity.appId());
        } else {
            log.warn("MicrosoftAppId is not set: the bot accepts unauthenticated requests. "
                    + "Use this only for local testing, never where Teams can reach it.");
        }
        return identity;
    }

    @Bean
    OutboundCredentials outboundCredentials(BotIdentity identity) {
        return (appId, scope) -> new MicrosoftAppCredentials(appId, identity.password(), identity.tokenTenant(), scope);
    }

    @Bean
    TeamsAdapter teamsAdapter(
            Environment environment, BotIdentity identity, OutboundCredentials outbound, TenantPolicy tenants) {
        TeamsAdapter adapter = new TeamsAdapter(new EnvironmentConfiguration(environment), outbound, tenants);
        adapter.setOnTurnError((turnContext, exception) -> {
            log.error(
                    "Unhandled error in a {} activity",
                    turnContext.getActivity().getType(),
                    exception);
            return turnContext
                    .sendActivity("Sorry, something went wrong on my side. Please try again.")
                    .thenApply(sent -> null);
        });
        return adapter;
    }
}
