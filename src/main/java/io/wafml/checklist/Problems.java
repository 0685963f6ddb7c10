package io.wafml.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The problems found in one checklist file, each naming its line and, for data files, its path. */
final class Problems {

    private final String source;
    private final ToIntFunction<NodePath> lineOf;
    private final List<String> found = new ArrayList<>();

    Problems(String source, ToIntFunction<NodePath> lineOf) {
        this.source = source;
        this.lineOf = lineOf;
    }

    void at(NodePath path, String message) {
        found.add("line " + lineOf.applyAsInt(path) + ", " + path + ": " + message);
    }

    void atLine(int line, String message) {
        found.add("line " + line + ": " + message);
    }

    boolean any() {
        return !found.isEmpty();
    }

    void throwIfAny() {
        if (any()) {
            throw new ChecklistException(source, found);
        }
    }
}
