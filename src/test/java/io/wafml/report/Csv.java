package io.wafml.report;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF records, fields quoted with doubled quotes inside. */
public final class Csv {

    private Csv() {}

    /** The records of a CSV text (without byte order mark). */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\r' || c == '\n' || c == '"') {
                throw new IllegalArgumentException("Bare " + (int) c + " outside quotes at " + i);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted || !row.isEmpty() || !field.isEmpty()) {
            throw new IllegalArgumentException("The last record does not end with CRLF");
        }
        return rows;
    }
}
