package io.wafml.cards.template;

/** An evaluation outcome as adaptive-expressions reports it: a value, or an error message. */
record Result(Object value, String error) {

    static Result of(Object value) {
        return new Result(value, null);
    }

    static Result fail(String error) {
        return new Result(Undefined.VALUE, error);
    }

    boolean failed() {
        return error != null;
    }
}
