package io.wafml.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** One ARM template scope: its parameters, variables, resources and expressions, nested inner-scope templates apart. */
record ArmTemplate(String name, JsonNode root) {

    /** A resource reference: its type and the expressions of its name segments, as resourceId() takes them. */
    record ResourceKey(String type, List<String> nameSegments) {
        ResourceKey {
            type = type.toLowerCase();
        }
    }

    @Override
    public String toString() {
        return name;
    }

    Set<String> parameterNames() {
        return fieldNames(root.path("parameters"));
    }

    Set<String> variableNames() {
        return fieldNames(root.path("variables"));
    }

    List<JsonNode> resources() {
        List<JsonNode> resources = new ArrayList<>();
        root.path("resources").forEach(resources::add);
        return resources;
    }

    List<ResourceKey> declaredResources() {
        return resources().stream()
                .map(resource -> new ResourceKey(
                        resource.path("type").asText(),
                        nameSegments(resource.path("name").asText())))
                .toList();
    }

    /** Every resourceId() and subscriptionResourceId() call of this scope, as the resource it points at. */
    List<ResourceKey> referencedResources() {
        List<ResourceKey> keys = new ArrayList<>();
        for (String expression : expressions()) {
            for (String function : List.of("resourceId", "subscriptionResourceId")) {
                ArmExpressions.calls(expression, function).forEach(arguments -> keys.add(resourceKey(arguments)));
            }
        }
        return keys;
    }

    /** The templates deployed by nested deployments that evaluate expressions in their own scope. */
    List<ArmTemplate> nestedTemplates() {
        return resources().stream()
                .filter(ArmTemplate::isInnerScopeDeployment)
                .map(resource -> new ArmTemplate(
                        name + " > " + resource.path("name").asText(), resource.at("/properties/template")))
                .toList();
    }

    /** Every expression string of this scope, leaving out nested inner-scope templates. */
    List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        collect(root, expressions);
        return expressions;
    }

    private static void collect(JsonNode node, List<String> expressions) {
        if (node.isTextual() && ArmExpressions.isExpression(node.asText())) {
            expressions.add(node.asText());
        }
        if (isInnerScopeDeployment(node)) {
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("properties")) {
                    collect(field.getValue(), expressions);
                }
            });
            node.path("properties").fields().forEachRemaining(field -> {
                if (!field.getKey().equals("template")) {
                    collect(field.getValue(), expressions);
                }
            });
            return;
        }
        node.forEach(child -> collect(child, expressions));
    }

    private static boolean isInnerScopeDeployment(JsonNode node) {
        return node.path("type").asText().equalsIgnoreCase("Microsoft.Resources/deployments")
                && node.at("/properties/expressionEvaluationOptions/scope")
                        .asText()
                        .equalsIgnoreCase("inner");
    }

    private static ResourceKey resourceKey(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String literal = ArmExpressions.literal(arguments.get(i));
            if (literal != null && literal.matches("(?i)Microsoft\\.[a-z]+/.+")) {
                return new ResourceKey(literal, arguments.subList(i + 1, arguments.size()));
            }
        }
        throw new IllegalArgumentException("no resource type among " + arguments);
    }

    private static List<String> nameSegments(String name) {
        if (!ArmExpressions.isExpression(name)) {
            return List.of("'" + name.replace("'", "''") + "'");
        }
        String body = name.substring(1, name.length() - 1).trim();
        if (body.startsWith("format(")) {
            List<String> arguments = ArmExpressions.calls(body, "format").get(0);
            List<String> segments = arguments.subList(1, arguments.size());
            String placeholders = IntStream.range(0, segments.size())
                    .mapToObj(i -> "{" + i + "}")
                    .collect(Collectors.joining("/"));
            if (placeholders.equals(ArmExpressions.literal(arguments.get(0)))) {
                return segments;
            }
        }
        return List.of(body);
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
