package io.wafml.cards.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Adaptive Card template in the Adaptive Cards Template Language, parsed once and expanded against data with the
 * same results as adaptivecards-templating 2.3.1 for the supported expression subset.
 */
public final class CardTemplate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Node root;

    private CardTemplate(String name, Node root) {
        this.name = name;
        this.root = root;
    }

    /** Parses a template; throws {@link TemplateException} naming the template, the JSON path and the expression. */
    public static CardTemplate parse(String name, String templateJson) {
        JsonNode tree;
        try {
            tree = JSON.readTree(templateJson);
        } catch (JsonProcessingException e) {
            throw new TemplateException(name, "not valid JSON", e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new TemplateException(name, "empty template", null);
        }
        return new CardTemplate(name, prepare(name, tree, "$"));
    }

    /** The template's name. */
    public String name() {
        return name;
    }

    /** Expands the template with {@code data} as {@code $root}. */
    public JsonNode expand(JsonNode data) {
        return expand(data, MissingNode.getInstance());
    }

    /** Expands the template with {@code data} as {@code $root} and {@code host} as {@code $host}. */
    public JsonNode expand(JsonNode data, JsonNode host) {
        Object rootData = JsValues.fromJson(data == null ? MissingNode.getInstance() : JsValues.normalize(data));
        Object hostData = JsValues.fromJson(host == null ? MissingNode.getInstance() : JsValues.normalize(host));
        Scope scope = new Scope(rootData, rootData, Undefined.VALUE, hostData);
        Object result = new Expander(name).expand(root, scope);
        return result instanceof JsonNode json ? json : NullNode.getInstance();
    }

    private static Node prepareProperty(String name, String key, JsonNode value, String path) {
        String childPath = path + "." + key;
        if (key.equals("$data") && value.isContainerNode()) {
            if (value.toString().contains("${")) {
                throw new TemplateException(name, childPath, value.toString(), "expressions inside a literal $data");
            }
            return new Node.Literal(JsValues.normalize(value));
        }
        return prepare(name, value, childPath);
    }

    private static Node prepare(String name, JsonNode node, String path) {
        if (node.isTextual() && node.textValue().contains("${")) {
            try {
                return new Node.Text(path, Interpolation.parse(node.textValue()));
            } catch (IllegalArgumentException e) {
                throw new TemplateException(name, path, node.textValue(), e.getMessage());
            }
        }
        if (node.isArray()) {
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(prepare(name, node.get(i), path + "[" + i + "]"));
            }
            return new Node.Array(List.copyOf(items));
        }
        if (node.isObject()) {
            Map<String, Node> properties = new LinkedHashMap<>();
            node.fields()
                    .forEachRemaining(field -> properties.put(
                            field.getKey(), prepareProperty(name, field.getKey(), field.getValue(), path)));
            return new Node.Object(path, properties);
        }
        return new Node.Literal(JsValues.normalize(node));
    }
}
