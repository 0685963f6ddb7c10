package io.wafml.checklist;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code [text](url)} links of a Markdown paragraph, repairing {@code https//} and rejecting other URLs. */
final class MarkdownLinks {

    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\(([^)]*)\\)");

    private final Problems problems;

    MarkdownLinks(Problems problems) {
        this.problems = problems;
    }

    /** A text and the links found in it. */
    record LinkedText(String text, List<Link> links) {}

    /** The paragraph with each link replaced by its text ({@code keepMarkdown} false) or kept with a repaired URL. */
    LinkedText parse(Paragraph paragraph, boolean keepMarkdown) {
        String source = paragraph.text();
        Matcher matcher = LINK.matcher(source);
        StringBuilder text = new StringBuilder();
        List<Link> links = new ArrayList<>();
        int from = 0;
        while (matcher.find()) {
            checkUnterminated(paragraph, from, matcher.start());
            text.append(source, from, matcher.start());
            Link link = link(matcher.group(1), matcher.group(2), paragraph, matcher.start());
            if (link != null) {
                links.add(link);
                String label = link.text().ja();
                text.append(keepMarkdown ? "[" + label + "](" + link.url() + ")" : label);
            }
            from = matcher.end();
        }
        checkUnterminated(paragraph, from, source.length());
        text.append(source, from, source.length());
        return new LinkedText(text.toString(), links);
    }

    private void checkUnterminated(Paragraph paragraph, int from, int to) {
        String between = paragraph.text().substring(from, to);
        int target = between.indexOf("](");
        int open = between.lastIndexOf('[');
        if (target >= 0) {
            problems.atLine(paragraph.lineAt(from + target), "unterminated link: '](' without a closing ')'");
        } else if (open >= 0 && between.indexOf(']', open) < 0) {
            problems.atLine(paragraph.lineAt(from + open), "unterminated link: '[' without a closing ']'");
        }
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
