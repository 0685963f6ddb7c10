package io.wafml.teams;

import com.microsoft.bot.integration.Configuration;
import java.util.Properties;
import org.springframework.core.env.Environment;

/** The Bot SDK's configuration, answered from Spring's environment instead of the SDK's own properties file. */
final class EnvironmentConfiguration implements Configuration {

    private final Environment environment;

    EnvironmentConfiguration(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String getProperty(String key) {
        return environment.getProperty(key);
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String[] getProperties(String key) {
        String value = environment.getProperty(key);
        return value == null ? null : value.split(",");
    }
}
