package io.wafml;

import io.wafml.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: serves the bot, or runs an operator command when the first argument names one. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WafMlBot {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(WafMlBot.class, args);
    }
}
