package io.wafml.checklist;

import java.util.List;

/** A checklist file that cannot be used: names the file and lists every problem found, each with its line or path. */
public class ChecklistException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    ChecklistException(String source, List<String> problems) {
        super(format(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    ChecklistException(String source, String problem, Throwable cause) {
        super(format(source, List.of(problem)), cause);
        this.source = source;
        this.problems = List.of(problem);
    }

    /** The file or resource the checklist was read from. */
    public String source() {
        return source;
    }

    /** Every problem found, such as {@code line 12, pillars[0].code: is required}. */
    public List<String> problems() {
        return problems;
    }

    private static String format(String source, List<String> problems) {
        String noun = problems.size() == 1 ? "problem" : "problems";
        return "Invalid checklist " + source + " (" + problems.size() + " " + noun + "):\n  "
                + String.join("\n  ", problems);
    }
}
