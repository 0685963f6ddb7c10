package io.wafml.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks, without Azure, that every ARM template scope only references what it declares and only uses published API versions. */
class ArmTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TEMPLATES = Path.of("deploymentTemplates");

    static Stream<ArmTemplate> templates() throws IOException {
        List<ArmTemplate> scopes = new ArrayList<>();
        for (String variant : List.of("existing-rg", "new-rg")) {
            addWithNested(
                    scopes,
                    new ArmTemplate(variant, read(TEMPLATES.resolve(variant).resolve("template.json"))));
        }
        return scopes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyParameterAndVariableReferenceResolvesToADeclaration(ArmTemplate template) {
        Set<String> parameters = new HashSet<>();
        Set<String> variables = new HashSet<>();
        for (String expression : template.expressions()) {
            ArmExpressions.calls(expression, "parameters").forEach(call -> parameters.add(literalArgument(call)));
            ArmExpressions.calls(expression, "variables").forEach(call -> variables.add(literalArgument(call)));
        }

        assertThat(template.parameterNames()).as("declared parameters").containsAll(parameters);
        assertThat(template.variableNames()).as("declared variables").containsAll(variables);
        assertThat(parameters).as("parameters in use").containsAll(template.parameterNames());
        assertThat(variables).as("variables in use").containsAll(template.variableNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyResourceIdAndDependencyPointsAtADeclaredResource(ArmTemplate template) {
        List<ArmTemplate.ResourceKey> declared = template.declaredResources();

        assertThat(template.referencedResources())
                .isNotEmpty()
                .allSatisfy(key -> assertThat(declared).contains(key));
        for (JsonNode resource : template.resources()) {
            resource.path("dependsOn")
                    .forEach(dependency -> assertThat(ArmExpressions.calls(dependency.asText(), "resourceId")
                                            .size()
                                    + ArmExpressions.calls(dependency.asText(), "subscriptionResourceId")
                                            .size())
                            .as("dependsOn %s is a resource ID", dependency)
                            .isEqualTo(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyResourceAndReferenceUsesAnApiVersionAzurePublishes(ArmTemplate template) throws IOException {
        Set<String> published = publishedApiVersions();

        for (JsonNode resource : template.resources()) {
            assertThat(published)
                    .contains(key(
                            resource.path("type").asText(),
                            resource.path("apiVersion").asText()));
        }
        for (String expression : template.expressions()) {
            for (List<String> call : ArmExpressions.calls(expression, "reference")) {
                if (call.size() >= 2 && call.get(0).startsWith("resourceId(")) {
                    String type = ArmExpressions.literal(ArmExpressions.calls(call.get(0), "resourceId")
                            .get(0)
                            .get(0));
                    assertThat(published).contains(key(type, ArmExpressions.literal(call.get(1))));
                }
            }
        }
    }

    @Test
    void publishedApiVersionsNameTheirSource() throws IOException {
        for (JsonNode entry : read(Path.of("src/test/resources/arm/published-api-versions.json"))
                .path("apiVersions")) {
            assertThat(entry.path("source").asText()).startsWith("https://github.com/Azure/bicep-types-az/");
            assertThat(entry.path("source").asText())
                    .contains(entry.path("apiVersion").asText());
            assertThat(entry.path("apiVersion").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    private static void addWithNested(List<ArmTemplate> scopes, ArmTemplate template) {
        scopes.add(template);
        template.nestedTemplates().forEach(nested -> addWithNested(scopes, nested));
    }

    private static Set<String> publishedApiVersions() throws IOException {
        Set<String> versions = new HashSet<>();
        read(Path.of("src/test/resources/arm/published-api-versions.json"))
                .path("apiVersions")
                .forEach(entry -> versions.add(key(
                        entry.path("type").asText(), entry.path("apiVersion").asText())));
        return versions;
    }

    private static String key(String type, String apiVersion) {
        return type.toLowerCase() + "@" + apiVersion;
    }

    private static String literalArgument(List<String> call) {
        assertThat(call).hasSize(1);
        String name = ArmExpressions.literal(call.get(0));
        assertThat(name).as("name given as a literal in %s", call).isNotNull();
        return name;
    }

    static JsonNode read(Path path) throws IOException {
        return JSON.readTree(Files.readString(path));
    }
}
