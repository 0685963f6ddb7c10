package io.wafml.cards.template;

/** One lexical token of an expression. */
record Token(Kind kind, String text) {

    /** The token classes the parser distinguishes. */
    enum Kind {
        NUMBER,
        STRING,
        IDENTIFIER,
        OPERATOR
    }
}
