package io.wafml.teams;

import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * The bot's Microsoft Entra identity, read from the environment under Azure's names ({@code MicrosoftAppType},
 * {@code MicrosoftAppId}, {@code MicrosoftAppPassword}, {@code MicrosoftAppTenantId}).
 *
 * <p>With no app id the bot runs unauthenticated, for local use only.
 */
record BotIdentity(AppType type, String appId, String password, String tenantId) {

    /** How the bot's app registration is set up in Entra. */
    enum AppType {
        SINGLE_TENANT,
        MULTI_TENANT,
        NONE
    }

    BotIdentity {
        appId = blankToNull(appId);
        password = blankToNull(password);
        tenantId = blankToNull(tenantId);
        if (appId == null) {
            type = AppType.NONE;
        } else if (password == null) {
            throw new IllegalStateException("MicrosoftAppId is set but MicrosoftAppPassword is not");
        } else if (type == AppType.SINGLE_TENANT && tenantId == null) {
            throw new IllegalStateException("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId");
        }
    }

    static BotIdentity from(Environment environment) {
        String appId = environment.getProperty("MicrosoftAppId");
        return new BotIdentity(
                parseType(environment.getProperty("MicrosoftAppType"), appId),
                appId,
                environment.getProperty("MicrosoftAppPassword"),
                environment.getProperty("MicrosoftAppTenantId"));
    }

    boolean authenticated() {
        return type != AppType.NONE;
    }

    /** The tenant whose authority issues outbound tokens, or null for the Bot Framework's shared one. */
    String tokenTenant() {
        return type == AppType.SINGLE_TENANT ? tenantId : null;
    }

    private static AppType parseType(String value, String appId) {
        if (blankToNull(appId) == null) {
            return AppType.NONE;
        }
        if (value == null || value.isBlank()) {
            return AppType.MULTI_TENANT;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "singletenant" -> AppType.SINGLE_TENANT;
            case "multitenant" -> AppType.MULTI_TENANT;
            default ->
                throw new IllegalStateException("MicrosoftAppType must be SingleTenant or MultiTenant, not " + value);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "BotIdentity[type=" + type + ", appId=" + appId + ", tenantId=" + tenantId + "]";
    }
}
