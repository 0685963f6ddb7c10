package io.wafml.teams;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Response;

/**
 * Connector clients whose HTTP layer never retries: the SDK's default retries 5xx answers three times at once,
 * without backoff, which would multiply the proactive sender's own retries; replies inside a turn are not retried.
 */
final class ConnectorClients {

    private static final RetryStrategy NEVER = new RetryStrategy("never", false) {
        @Override
        public boolean shouldRetry(int retryCount, Response response) {
            return false;
        }
    };

    private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

    /** The client of a service URL and credentials, created once. */
    ConnectorClient of(String serviceUrl, AppCredentials credentials) {
        AppCredentials effective = credentials == null ? MicrosoftAppCredentials.empty() : credentials;
        String key = serviceUrl + "|" + effective.getAppId() + "|" + effective.oAuthScope();
        return clients.computeIfAbsent(key, k -> create(serviceUrl, effective));
    }

    private static ConnectorClient create(String serviceUrl, AppCredentials credentials) {
        RestClient rest = new RestClient.Builder()
                .withBaseUrl(serviceUrl)
                .withCredentials(credentials)
                .withSerializerAdapter(new JacksonAdapter())
                .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
                .withRetryStrategy(NEVER)
                .build();
        return new RestConnectorClient(rest);
    }
}
