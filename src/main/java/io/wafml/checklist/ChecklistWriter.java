package io.wafml.checklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a checklist in the data file's shape, as YAML (the data file) or JSON (an export). */
final class ChecklistWriter {

    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ChecklistWriter() {}

    /** The data file; without a version when {@code withVersion} is false, so the loader derives one. */
    static String toYaml(Checklist checklist, Language sourceLanguage, boolean withVersion) {
        ObjectNode tree = tree(checklist);
        if (!withVersion) {
            tree.remove("version");
        }
        ObjectNode root = JSON.createObjectNode().put("id", checklist.id());
        if (sourceLanguage != null) {
            root.put("sourceLanguage", sourceLanguage.tag());
        }
        return write(YAML, root.setAll(tree));
    }

    static String toJson(Checklist checklist) {
        return write(JSON, tree(checklist));
    }

    private static ObjectNode tree(Checklist checklist) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", checklist.id());
        root.put("version", checklist.version());
        root.set("title", text(checklist.title()));
        putIfPresent(root, "disclaimer", checklist.disclaimer());
        putIfPresent(root, "premise", checklist.premise());
        ArrayNode pillars = root.putArray("pillars");
        for (Pillar pillar : checklist.pillars()) {
            ObjectNode node = pillars.addObject().put("code", pillar.code());
            node.set("name", text(pillar.name()));
            ArrayNode categories = node.putArray("categories");
            pillar.categories().forEach(category -> category(categories.addObject(), category));
        }
        return root;
    }

    private static void category(ObjectNode node, Category category) {
        node.put("id", category.id());
        node.set("name", text(category.name()));
        putIfPresent(node, "note", category.note());
        ArrayNode items = node.putArray("items");
        for (Item item : category.items()) {
            ObjectNode itemNode = items.addObject().put("id", item.id().value());
            itemNode.set("question", text(item.question()));
            putIfPresent(itemNode, "guidance", item.guidance());
            links(itemNode, item.links());
        }
    }

    private static void links(ObjectNode item, List<Link> links) {
        if (!links.isEmpty()) {
            ArrayNode nodes = item.putArray("links");
            for (Link link : links) {
                ObjectNode node = nodes.addObject();
                node.set("text", text(link.text()));
                node.put("url", link.url().toString());
            }
        }
    }

    private static void putIfPresent(ObjectNode node, String field, LocalizedText text) {
        if (text != null) {
            node.set(field, text(text));
        }
    }

    private static ObjectNode text(LocalizedText text) {
        return JSON.createObjectNode().put("ja", text.ja()).put("en", text.en());
    }

    private static String write(ObjectMapper mapper, ObjectNode root) {
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
