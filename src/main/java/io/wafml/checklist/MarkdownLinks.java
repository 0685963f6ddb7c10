package io.wafml.checklist;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Finds the {@code [text](url)} links of a Markdown paragraph, repairing {@code https//} and rejecting other URLs. */
final class MarkdownLinks {

    private final Problems problems;

    MarkdownLinks(Problems problems) {
        this.problems = problems;
    }

    /** A text and the links found in it. */
    record LinkedText(String text, List<Link> links) {}

    /** The paragraph with each link replaced by its text ({@code keepMarkdown} false) or kept with a repaired URL. */
    LinkedText parse(Paragraph paragraph, boolean keepMarkdown) {
        String source = paragraph.text();
        StringBuilder text = new StringBuilder();
        List<Link> links = new ArrayList<>();
        int from = 0;
        while (from < source.length()) {
            int open = source.indexOf('[', from);
            int close = open < 0 ? -1 : source.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                if (open >= 0) {
                    problems.atLine(paragraph.lineAt(open), "unterminated link: '[' without a closing ']'");
                }
                text.append(source, from, source.length());
                break;
            }
            if (close + 1 >= source.length() || source.charAt(close + 1) != '(') {
                text.append(source, from, close + 1);
                from = close + 1;
                continue;
            }
            int end = source.indexOf(')', close + 2);
            if (end < 0) {
                problems.atLine(paragraph.lineAt(close), "unterminated link: '](' without a closing ')'");
                text.append(source, from, source.length());
                break;
            }
            Link link = link(source.substring(open + 1, close), source.substring(close + 2, end), paragraph, close);
            text.append(source, from, open);
            if (link != null) {
                links.add(link);
                String label = link.text().ja();
                text.append(keepMarkdown ? "[" + label + "](" + link.url() + ")" : label);
            }
            from = end + 1;
        }
        return new LinkedText(text.toString(), links);
    }

    private Link link(String label, String target, Paragraph paragraph, int offset) {
        String stripped = target.strip();
        String repaired = stripped.startsWith("https//") ? "https://" + stripped.substring(7) : stripped;
        URI url = YamlFields.https(repaired);
        if (url == null) {
            problems.atLine(paragraph.lineAt(offset), "link URL '" + target.strip() + "' is not an absolute https URL");
        }
        if (label.isBlank()) {
            problems.atLine(paragraph.lineAt(offset), "link without text");
        }
        return url == null || label.isBlank() ? null : new Link(new LocalizedText(label.strip(), label.strip()), url);
    }
}
