package io.wafml.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the tree of a checklist data file into a {@link Checklist}, recording every problem on the way. */
final class ChecklistReader {

    private static final Pattern CHECKLIST_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern PILLAR_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");
    private static final Pattern CATEGORY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final YamlFields fields;

    ChecklistReader(Problems problems) {
        this.fields = new YamlFields(problems);
    }

    /** The checklist, or null when a problem was recorded. */
    Checklist read(JsonNode root, String defaultVersion) {
        NodePath path = NodePath.ROOT;
        if (!fields.mapping(root, path)) {
            return null;
        }
        fields.allowOnly(
                root, path, List.of("id", "version", "title", "disclaimer", "premise", "sourceLanguage", "pillars"));
        String id = fields.matching(root, path, "id", CHECKLIST_ID, "a lower-case id such as waf-ml");
        String version = fields.text(root, path, "version", false);
        LocalizedText title = fields.localized(root, path, "title", true);
        LocalizedText disclaimer = fields.localized(root, path, "disclaimer", false);
        LocalizedText premise = fields.localized(root, path, "premise", false);
        sourceLanguageIsKnown(root);
        List<Pillar> pillars = fields.list(root, path, "pillars", this::pillar);
        if (id == null || title == null || pillars == null || pillars.isEmpty()) {
            return null;
        }
        return new Checklist(id, version == null ? defaultVersion : version, title, disclaimer, premise, pillars);
    }

    /** The language the other language's texts were copied from, when the file says so. */
    static Language sourceLanguage(JsonNode root) {
        JsonNode node = root.get("sourceLanguage");
        return node == null ? null : Language.valueOf(node.asText().toUpperCase(Locale.ROOT));
    }

    private void sourceLanguageIsKnown(JsonNode root) {
        if (root.has("sourceLanguage")) {
            fields.matching(root, NodePath.ROOT, "sourceLanguage", Pattern.compile("ja|en"), "ja or en");
        }
    }

    private Pillar pillar(JsonNode node, NodePath path) {
        fields.allowOnly(node, path, List.of("code", "name", "categories"));
        String code = fields.matching(node, path, "code", PILLAR_CODE, "an upper-case code such as OE");
        fields.unique("pillar code", code, path.field("code"));
        LocalizedText name = fields.localized(node, path, "name", true);
        List<Category> categories = fields.list(node, path, "categories", this::category);
        return code == null || name == null || categories == null ? null : new Pillar(code, name, categories);
    }

    private Category category(JsonNode node, NodePath path) {
        fields.allowOnly(node, path, List.of("id", "name", "note", "items"));
        String id = fields.matching(node, path, "id", CATEGORY_ID, "an id of letters, digits, '-' and '_'");
        fields.unique("category id", id, path.field("id"));
        LocalizedText name = fields.localized(node, path, "name", true);
        LocalizedText note = fields.localized(node, path, "note", false);
        List<Item> items = fields.list(node, path, "items", this::item);
        return id == null || name == null || items == null ? null : new Category(id, name, note, items);
    }

    private Item item(JsonNode node, NodePath path) {
        fields.allowOnly(node, path, List.of("id", "question", "guidance", "links"));
        String id = fields.matching(node, path, "id", ITEM_ID, "an item id such as OE-01 (at most 40 characters)");
        fields.unique("item id", id, path.field("id"));
        LocalizedText question = fields.localized(node, path, "question", true);
        LocalizedText guidance = fields.localized(node, path, "guidance", false);
        List<Link> links = node.has("links") ? fields.list(node, path, "links", this::link) : List.of();
        if (id == null || question == null || links == null) {
            return null;
        }
        return new Item(new ItemId(id), question, guidance, links);
    }

    private Link link(JsonNode node, NodePath path) {
        fields.allowOnly(node, path, List.of("text", "url"));
        LocalizedText text = fields.localized(node, path, "text", true);
        URI url = fields.httpsUrl(node, path, "url");
        return text == null || url == null ? null : new Link(text, url);
    }
}
