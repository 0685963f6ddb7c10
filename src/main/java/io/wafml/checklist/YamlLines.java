package io.wafml.checklist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The line of each value of a YAML document, so that problems found after parsing can name their line. */
final class YamlLines {

    private final Map<String, Integer> lineByPointer;

    private YamlLines(Map<String, Integer> lineByPointer) {
        this.lineByPointer = lineByPointer;
    }

    /** Indexes a document that has already been parsed successfully. */
    static YamlLines index(YAMLFactory factory, byte[] yaml) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    JsonStreamContext context =
                            token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                    String pointer =
                            context == null ? "" : context.pathAsPointer().toString();
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return new YamlLines(lines);
    }

    /** The line of the value at this path, or of its nearest enclosing value when it is missing. */
    int lineOf(NodePath path) {
        NodePath current = path;
        while (!lineByPointer.containsKey(current.pointer())
                && !current.segments().isEmpty()) {
            current = current.parent();
        }
        return lineByPointer.getOrDefault(current.pointer(), 1);
    }
}
