package io.wafml.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads typed fields of a checklist file's tree, recording a problem for each missing or malformed one. */
final class YamlFields {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)]*)\\)");

    private final Problems problems;
    private final Map<String, NodePath> seen = new HashMap<>();

    YamlFields(Problems problems) {
        this.problems = problems;
    }

    void allowOnly(JsonNode node, NodePath path, List<String> fields) {
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                problems.at(path.field(name), "unknown field (expected one of " + String.join(", ", fields) + ")");
            }
        });
    }

    String text(JsonNode parent, NodePath parentPath, String field, boolean required) {
        JsonNode node = parent.get(field);
        NodePath path = parentPath.field(field);
        if (node == null || node.isNull()) {
            if (required) {
                problems.at(path, "is required");
            }
            return null;
        }
        if (!node.isValueNode()) {
            problems.at(path, "must be a text");
            return null;
        }
        if (node.asText().isBlank()) {
            problems.at(path, "must not be blank");
            return null;
        }
        return node.asText();
    }

    String matching(JsonNode parent, NodePath parentPath, String field, Pattern format, String expected) {
        String value = text(parent, parentPath, field, true);
        if (value != null && !format.matcher(value).matches()) {
            problems.at(parentPath.field(field), "'" + value + "' is not " + expected);
            return null;
        }
        return value;
    }

    LocalizedText localized(JsonNode parent, NodePath parentPath, String field, boolean required) {
        JsonNode node = parent.get(field);
        NodePath path = parentPath.field(field);
        if (node == null || node.isNull()) {
            if (required) {
                problems.at(path, "is required (with ja and en)");
            }
            return null;
        }
        if (!node.isObject()) {
            problems.at(path, "must have a ja and an en text");
            return null;
        }
        allowOnly(node, path, List.of("ja", "en"));
        String ja = withHttpsLinks(text(node, path, "ja", true), path.field("ja"));
        String en = withHttpsLinks(text(node, path, "en", true), path.field("en"));
        return ja == null || en == null ? null : new LocalizedText(ja, en);
    }

    URI httpsUrl(JsonNode parent, NodePath parentPath, String field) {
        String value = text(parent, parentPath, field, true);
        if (value == null) {
            return null;
        }
        URI url = https(value);
        if (url == null) {
            problems.at(parentPath.field(field), "'" + value + "' is not an absolute https URL");
        }
        return url;
    }

    <T> List<T> list(JsonNode parent, NodePath parentPath, String field, BiFunction<JsonNode, NodePath, T> reader) {
        JsonNode node = parent.get(field);
        NodePath path = parentPath.field(field);
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.at(path, node == null ? "is required" : "must be a non-empty list");
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            T value = mapping(node.get(i), path.index(i)) ? reader.apply(node.get(i), path.index(i)) : null;
            if (value != null) {
                values.add(value);
            }
        }
        return values.size() == node.size() ? values : null;
    }

    boolean mapping(JsonNode node, NodePath path) {
        if (!node.isObject()) {
            problems.at(path, "must be a mapping");
        }
        return node.isObject();
    }

    /** Records a problem when this kind of identifier was already used elsewhere in the file. */
    void unique(String kind, String value, NodePath path) {
        if (value == null) {
            return;
        }
        NodePath first = seen.putIfAbsent(kind + " " + value, path);
        if (first != null) {
            problems.at(path, "duplicate " + kind + " '" + value + "' (first at " + first + ")");
        }
    }

    static URI https(String value) {
        try {
            URI url = new URI(value);
            return "https".equals(url.getScheme()) && url.getHost() != null ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private String withHttpsLinks(String text, NodePath path) {
        if (text != null) {
            Matcher links = MARKDOWN_LINK.matcher(text);
            while (links.find()) {
                if (https(links.group(1).strip()) == null) {
                    problems.at(path, "link '" + links.group(1) + "' is not an absolute https URL");
                }
            }
        }
        return text;
    }
}
