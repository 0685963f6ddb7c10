package io.wafml.teams;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the bot's protections ({@code wafml.security.*}).
 *
 * @param allowedTenants the Entra tenant ids whose activities the bot handles; empty (the default) allows every tenant
 *     (environment variable {@code WAFML_SECURITY_ALLOWED_TENANTS}, comma-separated)
 * @param commandsPerMinute how many typed commands one conversation may send per minute before the bot answers with a
 *     notice instead (default 30; environment variable {@code WAFML_SECURITY_COMMANDS_PER_MINUTE})
 * @param maxCommandLength the longest typed command line, in characters, the bot reads (default 2,000)
 */
@ConfigurationProperties("wafml.security")
record SecurityProperties(
        @DefaultValue List<String> allowedTenants,
        @DefaultValue("30") int commandsPerMinute,
        @DefaultValue("2000") int maxCommandLength) {

    SecurityProperties {
        allowedTenants = allowedTenants == null
                ? List.of()
                : allowedTenants.stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
        if (commandsPerMinute < 1) {
            throw new IllegalArgumentException("wafml.security.commands-per-minute must be at least 1");
        }
        if (maxCommandLength < 1) {
            throw new IllegalArgumentException("wafml.security.max-command-length must be at least 1");
        }
    }
}
