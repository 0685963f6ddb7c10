package io.wafml.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;

/** Builds the credentials the bot presents when it calls the Bot Connector. */
interface OutboundCredentials {

    /** Credentials for the given app id and OAuth scope. */
    AppCredentials build(String appId, String scope);
}
