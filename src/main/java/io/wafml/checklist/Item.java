package io.wafml.checklist;

import java.util.List;
import java.util.Objects;

/** One yes/no question of the checklist, with optional guidance and links. */
public record Item(ItemId id, LocalizedText question, LocalizedText guidance, List<Link> links) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        links = links == null ? List.of() : List.copyOf(links);
    }
}
