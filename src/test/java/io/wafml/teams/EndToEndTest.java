package io.wafml.teams;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole application on a random port with its own in-memory database, a fake Bot
 * Connector on loopback, and a client that posts Teams activities over HTTP. The tests share one channel, so the
 * command rate limit is lifted here; the tests of the limit set it back.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "wafml.security.commands-per-minute=100000")
public abstract class EndToEndTest {

    protected static final FakeConnector connector = new FakeConnector();

    @LocalServerPort
    protected int port;

    protected BotClient bot;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void connect() {
        connector.reset();
        bot = new BotClient(port, connector);
    }

    @AfterEach
    void checkNoServerErrors() {
        connector
                .calls()
                .forEach(call -> org.assertj.core.api.Assertions.assertThat(call.path())
                        .as("the bot only calls Bot Connector paths")
                        .startsWith("/v3/"));
    }
}
