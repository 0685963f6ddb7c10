package io.wafml.bench.echo;

import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** A bare Bot Framework echo bot on Spring Boot: the floor the product's costs are compared with. */
@SpringBootApplication
public class EchoBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(EchoBotApplication.class, args);
    }

    @Bean
    BotFrameworkHttpAdapter adapter(Environment environment) {
        return new BotFrameworkHttpAdapter(new Configuration() {
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
        });
    }
}
