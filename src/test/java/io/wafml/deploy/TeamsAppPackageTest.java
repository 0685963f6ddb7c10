package io.wafml.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the built Teams app package: its entries, its manifest against the official schema, its bot and commands. */
class TeamsAppPackageTest {

    private static final String GUID = "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$";

    private final TeamsAppPackage appPackage = TeamsAppPackage.built();
    private final JsonNode manifest = appPackage.manifest();

    @Test
    void holdsExactlyTheManifestAndBothIconsAtItsRoot() {
        assertThat(appPackage.entries().keySet())
                .containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
    }

    @Test
    void builtManifestValidatesAgainstTheOfficialSchema() {
        assertThat(manifest.path("manifestVersion").asText()).isEqualTo(TeamsManifestSchema.VERSION);
        assertThat(TeamsManifestSchema.load().violations(manifest)).isEmpty();
    }

    @Test
    void schemaValidationRejectsAManifestThatBreaksTheSchema() {
        ObjectNode broken = manifest.deepCopy();
        broken.put("accentColor", "teal");
        broken.put("manifestVersion", "1.29");
        broken.put("id", "not-a-guid");
        ArrayNode commands = (ArrayNode) broken.at("/bots/0/commandLists/0/commands");
        for (int i = 0; i < 13; i++) {
            commands.addObject().put("title", "extra" + i);
        }
        broken.remove("developer");

        assertThat(TeamsManifestSchema.load().violations(broken))
                .anySatisfy(error -> assertThat(error).contains("accentColor"))
                .anySatisfy(error -> assertThat(error).contains("manifestVersion"))
                .anySatisfy(error -> assertThat(error).contains("/id"))
                .anySatisfy(error -> assertThat(error).contains("commands"))
                .anySatisfy(error -> assertThat(error).contains("developer"));
    }

    @Test
    void fillsEveryPlaceholderWithTheBotIdAndAPlainSemanticVersion() {
        assertThat(manifest.toString()).doesNotContain("@teams.", "${");
        assertThat(manifest.path("id").asText()).matches(GUID);
        assertThat(manifest.at("/bots/0/botId").asText())
                .isEqualTo(manifest.path("id").asText());
        assertThat(manifest.path("version").asText()).matches("^\\d+\\.\\d+\\.\\d+$");
    }

    @Test
    void namesTheProductForUsers() {
        assertThat(manifest.at("/name/short").asText()).isEqualTo("WAF ML Assessment");
        assertThat(manifest.at("/name/full").asText()).isEqualTo("Well-Architected assessment for ML workloads");
        assertThat(manifest.at("/icons/color").asText()).isEqualTo("color.png");
        assertThat(manifest.at("/icons/outline").asText()).isEqualTo("outline.png");
    }

    @Test
    void offersTheBotInTeamsGroupChatsAndPersonalChatWithACommandListForEachScope() {
        JsonNode bot = manifest.at("/bots/0");
        assertThat(texts(bot.path("scopes"))).containsExactlyInAnyOrder("team", "groupChat", "personal");

        List<String> coveredScopes = new ArrayList<>();
        for (JsonNode list : bot.path("commandLists")) {
            coveredScopes.addAll(texts(list.path("scopes")));
            assertThat(list.path("commands").size()).isBetween(1, 10);
            Set<String> titles = new HashSet<>();
            for (JsonNode command : list.path("commands")) {
                assertThat(titles.add(command.path("title").asText())).isTrue();
                assertThat(command.path("description").asText()).isNotBlank();
            }
        }
        assertThat(coveredScopes).containsExactlyInAnyOrder("team", "groupChat", "personal");
    }

    @Test
    void teamCommandsCoverTheAssessmentLifecycle() {
        JsonNode teamList = manifest.at("/bots/0/commandLists/0");
        assertThat(texts(teamList.path("scopes"))).contains("team");
        List<String> titles = new ArrayList<>();
        teamList.path("commands")
                .forEach(command -> titles.add(command.path("title").asText()));
        assertThat(titles)
                .contains(
                        "help", "start", "status", "finish", "history", "roles", "assign", "send", "remind", "export");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
