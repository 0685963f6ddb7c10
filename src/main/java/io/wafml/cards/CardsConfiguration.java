package io.wafml.cards;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Parses every card template once at start-up; a broken template stops the application with its name. */
@Configuration(proxyBeanMethods = false)
class CardsConfiguration {

    @Bean
    CardRenderer cardRenderer() {
        return new CardRenderer();
    }
}
