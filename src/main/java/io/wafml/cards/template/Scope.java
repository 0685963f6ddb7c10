package io.wafml.cards.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The template's evaluation memory: {@code $root}, {@code $data}, {@code $index} and {@code $host}, with path lookup. */
record Scope(Object root, Object data, Object index, Object host) {

    private static final Pattern PATH_SEPARATORS = Pattern.compile("[.\\[\\]]+");
    private static final List<String> NAMES =
            List.of("_memory", "$root", "$data", "$index", "$host", "$_acTemplateVersion");

    private static final Object TEMPLATE_VERSION = JsValues.NODES
            .objectNode()
            .put("major", 2)
            .put("minor", 3)
            .put("patch", 1)
            .put("suffix", "");

    Scope withData(Object newData) {
        return new Scope(root, newData, index, host);
    }

    Scope withIndex(int newIndex) {
        return new Scope(root, data, (double) newIndex, host);
    }

    /** The template memory's getValue: a relative path reads from {@code $data}. */
    Object lookup(String path) {
        String actual = !path.isEmpty() && path.charAt(0) != '$' ? "$data." + path : path;
        List<String> parts = parts(actual);
        if (parts.isEmpty()) {
            return Undefined.VALUE;
        }
        String first = NAMES.stream()
                .filter(name ->
                        name.toLowerCase(Locale.ROOT).equals(parts.get(0).toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse("");
        Object start = switch (first) {
            case "$root" -> root;
            case "$data" -> data;
            case "$index" -> index;
            case "$host" -> host;
            case "$_acTemplateVersion" -> TEMPLATE_VERSION;
            default -> Undefined.VALUE;
        };
        return walk(start, parts.subList(1, parts.size()));
    }

    /** SimpleObjectMemory's getValue over a plain value. */
    static Object lookupIn(Object value, String path) {
        if (value == Undefined.VALUE || path.isEmpty()) {
            return Undefined.VALUE;
        }
        return walk(value, parts(path));
    }

    private static Object walk(Object start, List<String> parts) {
        Object current = start;
        Object value = parts.isEmpty() ? start : Undefined.VALUE;
        for (String part : parts) {
            Double index = JsNumbers.parseInt(part);
            if (!index.isNaN() && current instanceof ArrayNode array) {
                int i = index.intValue();
                if (i < 0 || i >= array.size()) {
                    return Undefined.VALUE;
                }
                value = JsValues.fromJson(array.get(i));
            } else {
                value = property(current, part);
            }
            current = value;
        }
        return value;
    }

    private static List<String> parts(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : PATH_SEPARATORS.split(path)) {
            if (part.isEmpty()) {
                continue;
            }
            boolean quoted = part.length() >= 1
                    && ((part.startsWith("\"") && part.endsWith("\"")) || (part.startsWith("'") && part.endsWith("'")));
            parts.add(quoted ? part.substring(1, Math.max(1, part.length() - 1)) : part);
        }
        return parts;
    }

    /**
     * accessProperty: case-insensitive, first matching key in Object.keys order wins; falsy instances have no
     * properties. Insertion order gives the same key: an integer-like key only matches itself.
     */
    static Object property(Object instance, String property) {
        if (!JsValues.truthy(instance)) {
            return Undefined.VALUE;
        }
        String wanted = property.toLowerCase(Locale.ROOT);
        if (instance instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return JsValues.fromJson(object.get(name));
                }
            }
            return Undefined.VALUE;
        }
        if (instance instanceof ArrayNode array && isIndexKey(property, array.size())) {
            return JsValues.fromJson(array.get(Integer.parseInt(property)));
        }
        if (instance instanceof String text && isIndexKey(property, text.length())) {
            return String.valueOf(text.charAt(Integer.parseInt(property)));
        }
        return Undefined.VALUE;
    }

    private static boolean isIndexKey(String key, int size) {
        if (key.isEmpty() || key.length() > 9 || !JsValues.allDigits(key)) {
            return false;
        }
        return (key.length() == 1 || key.charAt(0) != '0') && Integer.parseInt(key) < size;
    }
}
