package io.wafml.teams;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.integration.ConfigurationChannelProvider;
import com.microsoft.bot.integration.ConfigurationCredentialProvider;
import com.microsoft.bot.schema.Activity;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's HTTP adapter, with outbound credentials that honour single-tenant registrations and inbound
 * authentication done on the caller's thread so that the bot's own work never runs on the SDK's small pool.
 */
class TeamsAdapter extends BotFrameworkHttpAdapter {

    private final CredentialProvider credentials;
    private final ChannelProvider channel;
    private final OutboundCredentials outbound;
    private final ConnectorClients connectorClients = new ConnectorClients();
    private final TenantPolicy tenants;

    TeamsAdapter(Configuration configuration, OutboundCredentials outbound, TenantPolicy tenants) {
        super(configuration);
        this.credentials = new ConfigurationCredentialProvider(configuration);
        this.channel = new ConfigurationChannelProvider(configuration);
        this.outbound = outbound;
        this.tenants = tenants;
    }

    /**
     * Authenticates the request, checks its tenant and runs the bot for it, returning the invoke response if there is
     * one.
     *
     * @throws AuthenticationException when the token is not valid
     * @throws TenantRefusedException when the activity's tenant may not use the bot (nothing ran, nothing was stored)
     */
    com.microsoft.bot.builder.InvokeResponse handle(String authHeader, Activity activity, Bot bot) {
        ClaimsIdentity identity;
        try {
            identity = JwtTokenValidation.authenticateRequest(
                            activity, authHeader, credentials, channel, new AuthenticationConfiguration())
                    .join();
        } catch (RuntimeException e) {
            throw new AuthenticationException(e);
        }
        tenants.refusal(activity).ifPresent(reason -> {
            throw new TenantRefusedException(reason);
        });
        return processActivity(identity, activity, bot::onTurn).join();
    }

    /**
     * Runs the middleware and the bot like the SDK does, except that it leaves the JVM's default locale alone (the
     * SDK sets it from every activity), turns an exception thrown synchronously by the bot into the turn error, and
     * returns only when the turn is over: the SDK closes the turn context as soon as it has built the turn's chain,
     * and its sends (the invoke response among them) write to the turn state from another thread, which made the
     * closing fail now and then with a ConcurrentModificationException (an HTTP 500 for a handled activity).
     */
    @Override
    protected CompletableFuture<Void> runPipeline(TurnContext context, BotCallbackHandler callback) {
        if (context == null || context.getActivity() == null) {
            return super.runPipeline(context, callback);
        }
        if (context.getActivity().getLocale() != null
                && !context.getActivity().getLocale().isBlank()) {
            context.setLocale(context.getActivity().getLocale());
        }
        CompletableFuture<Void> pipeline;
        try {
            pipeline = getMiddlewareSet().receiveActivityWithStatus(context, callback);
        } catch (RuntimeException e) {
            pipeline = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> turn = pipeline.handle((done, error) -> error == null || getOnTurnError() == null
                        ? (error == null
                                ? CompletableFuture.<Void>completedFuture(null)
                                : CompletableFuture.<Void>failedFuture(error))
                        : getOnTurnError().invoke(context, error))
                .thenCompose(next -> next);
        turn.exceptionally(error -> null).join();
        return turn;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(outbound.build(appId, scope));
    }

    /** Connector clients without the SDK's immediate HTTP retries; see {@link ConnectorClients}. */
    @Override
    protected CompletableFuture<com.microsoft.bot.connector.ConnectorClient> getOrCreateConnectorClient(
            String serviceUrl, AppCredentials usingAppCredentials) {
        return CompletableFuture.completedFuture(connectorClients.of(serviceUrl, usingAppCredentials));
    }
}
