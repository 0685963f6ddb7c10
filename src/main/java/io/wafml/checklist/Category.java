package io.wafml.checklist;

import java.util.List;
import java.util.Objects;

/** A category of a pillar: a name, an optional note, and its items in checklist order. */
public record Category(String id, LocalizedText name, LocalizedText note, List<Item> items) {

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
    }
}
