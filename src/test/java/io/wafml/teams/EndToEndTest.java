package io.wafml.teams;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the end-to-end tests: the whole application on a random port with its own in-memory database, a fake Bot
 * Connector on loopback, and a client that posts Teams activities over HTTP. The reminder poller is off (tests run
 * the sweep themselves) and the per-conversation send limits are raised so that many tests can post to the one test
 * channel; the limiter has its own unit tests. The command rate limit is lifted too; the tests of the limit set it
 * back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "wafml.reminders.enabled=false",
            "wafml.sender.conversation-per-second=1000",
            "wafml.sender.conversation-per-half-minute=100000",
            "wafml.sender.conversation-per-hour=1000000",
            "wafml.security.commands-per-minute=100000"
        })
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
