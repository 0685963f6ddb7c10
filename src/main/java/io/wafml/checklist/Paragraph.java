package io.wafml.checklist;

import java.util.ArrayList;
import java.util.List;

/** Lines of Markdown that form one text, joined by spaces, remembering which line each part came from. */
final class Paragraph {

    private final int firstLine;
    private final List<Integer> lines = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    Paragraph(int line, String first) {
        this.firstLine = line;
        add(line, first);
    }

    void add(int line, String segment) {
        String part = segment.strip();
        if (part.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(' ');
        }
        lines.add(line);
        offsets.add(text.length());
        text.append(part);
    }

    String text() {
        return text.toString();
    }

    int firstLine() {
        return firstLine;
    }

    /** The line the character at this offset of {@link #text()} came from. */
    int lineAt(int offset) {
        int line = firstLine;
        for (int i = 0; i < offsets.size() && offsets.get(i) <= offset; i++) {
            line = lines.get(i);
        }
        return line;
    }
}
