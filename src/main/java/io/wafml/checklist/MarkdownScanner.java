package io.wafml.checklist;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a checklist in Markdown line by line into a {@link MarkdownDraft}, recording a problem for each bad line. */
final class MarkdownScanner {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern QUESTION = Pattern.compile("^ ?[-*+] \\[[ xX]\\](?:\\s+(.*))?$");
    private static final Pattern INDENTED_BULLET = Pattern.compile("^(?: {2,}|\\t)\\s*[-*+]\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^ ?[-*+]\\s+.*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:-{3,}|\\*{3,}|_{3,})\\s*$");
    private static final Pattern DECORATION = Pattern.compile("^\\s*(?:<|!\\[|\\[<img).*$");
    private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+-]+:");
    private static final Pattern NOTE_LABEL = Pattern.compile("^\\[[^\\]]*\\]");

    private final Problems problems;
    private final MarkdownDraft draft = new MarkdownDraft();
    private Paragraph open;

    MarkdownScanner(Problems problems) {
        this.problems = problems;
    }

    MarkdownDraft scan(List<String> lines) {
        int index = skipFrontMatter(lines);
        while (index < lines.size()) {
            String line = lines.get(index);
            if (line.strip().startsWith("<!--")) {
                open = null;
                index = skipComment(lines, index);
            } else {
                scanLine(index + 1, line);
            }
            index++;
        }
        return draft;
    }

    private void scanLine(int number, String line) {
        Matcher heading = HEADING.matcher(line);
        Matcher question = QUESTION.matcher(line);
        Matcher guidance = INDENTED_BULLET.matcher(line);
        if (line.isBlank() || RULE.matcher(line).matches()) {
            open = null;
        } else if (heading.matches()) {
            open = null;
            heading(number, heading.group(1).length(), heading.group(2).strip());
        } else if (question.matches()) {
            question(number, question.group(1) == null ? "" : question.group(1));
        } else if (guidance.matches()) {
            guidance(number, guidance.group(1));
        } else if (line.strip().startsWith("!>")) {
            note(number, line.strip().substring(2).strip());
        } else if (open != null) {
            open.add(number, line);
        } else if (Character.isWhitespace(line.charAt(0)) && draft.item() != null) {
            guidance(number, line);
        } else {
            text(number, line.strip());
        }
    }

    private void heading(int number, int level, String text) {
        if (text.isBlank()) {
            problems.atLine(number, "empty heading");
        } else if (level == 1 && draft.title == null && draft.pillars.isEmpty()) {
            draft.title = EMOJI.matcher(text).replaceAll("").strip();
        } else if (level == 2) {
            draft.addPillar(number, text);
        } else if (level == 3 && draft.pillar() == null) {
            problems.atLine(number, "category '" + text + "' before any pillar ('## ' heading)");
        } else if (level == 3) {
            draft.addCategory(number, text);
        } else if (level > 3) {
            problems.atLine(
                    number, "heading level " + level + " is not supported: '## ' starts a pillar, '### ' a category");
        }
    }

    private void question(int number, String text) {
        if (draft.pillar() == null) {
            problems.atLine(number, "question before any pillar ('## ' heading)");
        } else if (draft.category() == null) {
            problems.atLine(number, "question before any category ('### ' heading)");
        } else if (text.isBlank()) {
            problems.atLine(number, "empty question");
        } else {
            open = draft.addItem(number, text);
            return;
        }
        open = null;
    }

    private void guidance(int number, String text) {
        if (draft.item() == null) {
            problems.atLine(number, "guidance before any question ('- [ ] ' line)");
            open = null;
            return;
        }
        open = new Paragraph(number, text);
        draft.item().guidance().add(open);
    }

    private void note(int number, String text) {
        String body = NOTE_LABEL.matcher(text).replaceFirst("").strip();
        open = new Paragraph(number, body);
        if (draft.pillar() == null) {
            draft.premise.add(open);
        } else if (draft.category() != null) {
            draft.category().notes().add(open);
        } else {
            open = null;
        }
    }

    private void text(int number, String text) {
        open = null;
        if (draft.pillar() == null) {
            if (text.startsWith("※")) {
                open = new Paragraph(number, text.substring(1));
                draft.disclaimer.add(open);
            }
        } else if (BULLET.matcher(text).matches() && draft.category() != null) {
            problems.atLine(number, "list item without a checkbox: questions start with '- [ ] '");
        } else if (draft.category() != null && !DECORATION.matcher(text).matches()) {
            open = new Paragraph(number, text);
            draft.category().notes().add(open);
        }
    }

    private int skipFrontMatter(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i + 1;
            }
        }
        problems.atLine(1, "unterminated front matter: no closing '---'");
        return lines.size();
    }

    private int skipComment(List<String> lines, int start) {
        for (int i = start; i < lines.size(); i++) {
            if (lines.get(i).contains("-->")) {
                return i;
            }
        }
        problems.atLine(start + 1, "unterminated HTML comment: no closing '-->'");
        return lines.size();
    }
}
