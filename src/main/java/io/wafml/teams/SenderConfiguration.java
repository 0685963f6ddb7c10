package io.wafml.teams;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the one proactive sender every background feature uses. */
@Configuration(proxyBeanMethods = false)
class SenderConfiguration {

    @Bean
    ProactiveSender proactiveSender(TeamsAdapter adapter, BotIdentity identity, SenderProperties properties) {
        return ThrottledProactiveSender.of(new SdkConnectorTransport(adapter, identity), properties);
    }
}
