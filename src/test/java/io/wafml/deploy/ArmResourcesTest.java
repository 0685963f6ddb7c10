package io.wafml.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks that the resource-group template configures the bot, its Teams channel and the web app the way the bot needs. */
class ArmResourcesTest {

    private final JsonNode template =
            ArmTemplatesTest.read(Path.of("deploymentTemplates", "existing-rg", "template.json"));

    ArmResourcesTest() throws IOException {}

    @Test
    void botIsASingleTenantAzureBotWhoseEndpointIsTheWebAppsMessagesPath() {
        JsonNode bot = resource("Microsoft.BotService/botServices");

        assertThat(bot.path("kind").asText()).isEqualTo("azurebot");
        assertThat(bot.path("location").asText()).isEqualTo("global");
        assertThat(bot.at("/sku/name").asText()).isEqualTo("[parameters('botSku')]");
        assertThat(template.at("/parameters/botSku/allowedValues").toString()).isEqualTo("[\"F0\",\"S1\"]");
        assertThat(bot.at("/properties/endpoint").asText())
                .startsWith("[format('https://{0}/api/messages'")
                .contains("resourceId('Microsoft.Web/sites', parameters('webAppName'))");
        assertThat(bot.at("/properties/msaAppType").asText()).isEqualTo("[parameters('microsoftAppType')]");
        assertThat(template.at("/parameters/microsoftAppType/defaultValue").asText())
                .isEqualTo("SingleTenant");
        assertThat(bot.at("/properties/msaAppTenantId").asText()).isEqualTo("[variables('botTenantId')]");
    }

    @Test
    void botHasAnEnabledTeamsChannel() {
        JsonNode channel = resource("Microsoft.BotService/botServices/channels");

        assertThat(channel.at("/properties/channelName").asText()).isEqualTo("MsTeamsChannel");
        assertThat(channel.at("/properties/properties/isEnabled").asBoolean()).isTrue();
    }

    @Test
    void webAppRunsTheJarOnJava17OverHttpsWithAHealthCheck() {
        JsonNode site = resource("Microsoft.Web/sites");
        JsonNode config = site.at("/properties/siteConfig");

        assertThat(resource("Microsoft.Web/serverfarms")
                        .at("/properties/reserved")
                        .asBoolean())
                .isTrue();
        assertThat(site.at("/properties/httpsOnly").asBoolean()).isTrue();
        assertThat(config.path("linuxFxVersion").asText()).isEqualTo("JAVA|17-java17");
        assertThat(template.at("/variables/startupCommand").asText())
                .contains("java {0} -jar /home/site/wwwroot/app.jar");
        assertThat(template.at("/parameters/javaOptions/defaultValue").asText()).contains("-XX:MaxRAMPercentage=75");
        assertThat(config.path("healthCheckPath").asText()).contains("'/actuator/health'");
        assertThat(config.path("alwaysOn").asText()).isEqualTo("[not(variables('isFreePlan'))]");
    }

    @Test
    void webAppGetsTheBotIdentityThePortAndADatasource() {
        List<String> settings = new ArrayList<>();
        template.at("/variables/commonAppSettings")
                .forEach(setting -> settings.add(setting.path("name").asText()));
        String appSettings = resource("Microsoft.Web/sites")
                .at("/properties/siteConfig/appSettings")
                .asText();

        assertThat(settings)
                .containsExactlyInAnyOrder(
                        "MicrosoftAppType",
                        "MicrosoftAppId",
                        "MicrosoftAppTenantId",
                        "MicrosoftAppPassword",
                        "SERVER_PORT",
                        "WEBSITES_PORT");
        assertThat(appSettings)
                .contains("variables('commonAppSettings')", "variables('embeddedDatabaseAppSettings')")
                .contains("'SPRING_DATASOURCE_URL'", "'SPRING_DATASOURCE_USERNAME'", "'SPRING_DATASOURCE_PASSWORD'");
        assertThat(template.at("/parameters/microsoftAppPassword/type").asText())
                .isEqualTo("securestring");
        assertThat(template.at("/parameters/postgresAdminPassword/type").asText())
                .isEqualTo("securestring");
    }

    @Test
    void postgresResourcesAreDeployedOnlyOnRequest() {
        for (String type : List.of(
                "Microsoft.DBforPostgreSQL/flexibleServers",
                "Microsoft.DBforPostgreSQL/flexibleServers/databases",
                "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules")) {
            assertThat(resource(type).path("condition").asText()).isEqualTo("[parameters('deployPostgres')]");
        }
        assertThat(template.at("/parameters/deployPostgres/type").asText()).isEqualTo("bool");
        JsonNode rule = resource("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules");
        assertThat(rule.at("/properties/startIpAddress").asText()).isEqualTo("0.0.0.0");
        assertThat(rule.at("/properties/endIpAddress").asText()).isEqualTo("0.0.0.0");
    }

    private JsonNode resource(String type) {
        List<JsonNode> matches = new ArrayList<>();
        template.path("resources").forEach(resource -> {
            if (resource.path("type").asText().equals(type)) {
                matches.add(resource);
            }
        });
        assertThat(matches).as("resources of type %s", type).hasSize(1);
        return matches.get(0);
    }
}
