package io.wafml.checklist;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** One of the Well-Architected pillars, identified by a short code such as {@code SE}. */
public record Pillar(String code, LocalizedText name, List<Category> categories) {

    public Pillar {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        categories = List.copyOf(categories);
    }

    /** Every item of this pillar in checklist order. */
    public List<Item> items() {
        return categories.stream().flatMap(c -> c.items().stream()).toList();
    }

    /** Whether the given text names this pillar: its code, or its Japanese or English name, ignoring case. */
    public boolean isNamedBy(String text) {
        String t = text.strip();
        return Stream.of(code, name.ja(), name.en()).anyMatch(n -> n.equalsIgnoreCase(t));
    }
}
