package io.wafml.cards.template;

/** A JavaScript exception (not an error result) thrown while evaluating, such as a TypeError on undefined. */
final class EvaluationCrash extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EvaluationCrash(String message) {
        super(message);
    }
}
