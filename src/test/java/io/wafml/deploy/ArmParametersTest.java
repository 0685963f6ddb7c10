package io.wafml.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that template parameters are described and exemplified, and that the new-resource-group variant embeds the other. */
class ArmParametersTest {

    private static final Path TEMPLATES = Path.of("deploymentTemplates");

    @ParameterizedTest
    @ValueSource(strings = {"existing-rg", "new-rg"})
    void everyParameterHasAnArmTypeAndADescription(String variant) throws IOException {
        JsonNode parameters = template(variant).path("parameters");

        parameters.fields().forEachRemaining(parameter -> {
            assertThat(parameter.getValue().path("type").asText().toLowerCase())
                    .as("type of %s", parameter.getKey())
                    .isIn("string", "securestring", "int", "bool", "object", "secureobject", "array");
            assertThat(parameter.getValue().at("/metadata/description").asText())
                    .as("description of %s", parameter.getKey())
                    .hasSizeGreaterThan(20);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"existing-rg", "new-rg"})
    void exampleParametersGiveAValueOfTheRightTypeForEveryParameterExceptSecrets(String variant) throws IOException {
        JsonNode declared = template(variant).path("parameters");
        JsonNode examples = ArmTemplatesTest.read(TEMPLATES.resolve(variant).resolve("parameters.json"))
                .path("parameters");

        List<String> expected = new ArrayList<>();
        declared.fields().forEachRemaining(parameter -> {
            if (!parameter.getValue().path("type").asText().equalsIgnoreCase("securestring")) {
                expected.add(parameter.getKey());
            }
        });
        List<String> given = new ArrayList<>();
        examples.fieldNames().forEachRemaining(given::add);
        assertThat(given).containsExactlyInAnyOrderElementsOf(expected);

        for (String name : given) {
            JsonNode definition = declared.path(name);
            JsonNode value = examples.path(name).path("value");
            assertThat(matchesType(definition.path("type").asText(), value))
                    .as("example of %s is a %s", name, definition.path("type").asText())
                    .isTrue();
            if (definition.has("allowedValues")) {
                assertThat(definition.path("allowedValues"))
                        .as("allowed values of %s", name)
                        .contains(value);
            }
        }
    }

    @Test
    void newResourceGroupTemplateDeploysTheResourceGroupTemplateUnchanged() throws IOException {
        JsonNode inner = template("existing-rg");
        JsonNode outer = template("new-rg");
        JsonNode deployment = outer.path("resources").get(1);

        assertThat(outer.path("resources").get(0).path("type").asText())
                .isEqualTo("Microsoft.Resources/resourceGroups");
        assertThat(deployment.at("/properties/template")).isEqualTo(inner);
        inner.path("parameters").fieldNames().forEachRemaining(name -> {
            assertThat(outer.path("parameters").has(name))
                    .as("outer declares %s", name)
                    .isTrue();
            assertThat(deployment
                            .at("/properties/parameters/" + name + "/value")
                            .asText())
                    .isEqualTo("[parameters('" + name + "')]");
        });
    }

    private static boolean matchesType(String type, JsonNode value) {
        Map<String, Boolean> byType = Map.of(
                "string", value.isTextual(),
                "int", value.isIntegralNumber(),
                "bool", value.isBoolean(),
                "object", value.isObject(),
                "array", value.isArray());
        return byType.getOrDefault(type.toLowerCase(), false);
    }

    private static JsonNode template(String variant) throws IOException {
        return ArmTemplatesTest.read(TEMPLATES.resolve(variant).resolve("template.json"));
    }
}
