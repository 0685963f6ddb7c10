package io.wafml.checklist;

import java.util.ArrayList;
import java.util.List;

/** Where a value sits in a checklist file, shown as {@code pillars[3].categories[2].items[0].question.en}. */
record NodePath(List<Object> segments) {

    static final NodePath ROOT = new NodePath(List.of());

    NodePath {
        segments = List.copyOf(segments);
    }

    NodePath field(String name) {
        return with(name);
    }

    NodePath index(int index) {
        return with(index);
    }

    /** The enclosing path, or the root itself. */
    NodePath parent() {
        return segments.isEmpty() ? this : new NodePath(segments.subList(0, segments.size() - 1));
    }

    /** The same location as a JSON Pointer, such as {@code /pillars/3/code}. */
    String pointer() {
        StringBuilder pointer = new StringBuilder();
        segments.forEach(s -> pointer.append('/').append(s));
        return pointer.toString();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer) {
                text.append('[').append(segment).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(segment);
            }
        }
        return text.isEmpty() ? "(root)" : text.toString();
    }

    private NodePath with(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new NodePath(longer);
    }
}
