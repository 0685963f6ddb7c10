package io.wafml.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole checklist: its identity and version, the texts shown to users, and its pillars in order.
 *
 * <p>{@code version} changes whenever the content changes (a content hash when the file gives none), so an
 * assessment that records it keeps pointing at the items it was answered against.
 */
public record Checklist(
        String id,
        String version,
        LocalizedText title,
        LocalizedText disclaimer,
        LocalizedText premise,
        List<Pillar> pillars) {

    public Checklist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        pillars = List.copyOf(pillars);
    }

    /** Every item in checklist order. */
    public List<Item> items() {
        return pillars.stream().flatMap(p -> p.items().stream()).toList();
    }

    /** The pillar with this code, Japanese name or English name. */
    public Optional<Pillar> findPillar(String nameOrCode) {
        return pillars.stream().filter(p -> p.isNamedBy(nameOrCode)).findFirst();
    }

    /** The pillar an item belongs to. */
    public Optional<Pillar> pillarOf(ItemId item) {
        return pillars.stream()
                .filter(p -> p.items().stream().anyMatch(i -> i.id().equals(item)))
                .findFirst();
    }

    /** The item with this id. */
    public Optional<Item> findItem(ItemId id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
