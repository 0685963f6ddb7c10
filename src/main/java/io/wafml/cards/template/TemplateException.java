package io.wafml.cards.template;

/** A card template that cannot be parsed or expanded, naming the template, the JSON path and the expression. */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception whose message names where in which template the problem is. */
    public TemplateException(String template, String jsonPath, String expression, String problem) {
        super("template '" + template + "' at " + jsonPath + ": " + problem + " in \"" + expression + "\"");
    }

    /** Creates an exception for a problem with the template as a whole. */
    public TemplateException(String template, String problem, Throwable cause) {
        super("template '" + template + "': " + problem, cause);
    }
}
