package io.wafml.cards.view;

import java.util.List;
import java.util.Objects;

/** Normalisation and checks shared by the view records: optional texts become empty, lists become immutable. */
final class Values {

    private Values() {}

    static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static int count(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    static void atMost(int part, int whole, String name) {
        if (part > whole) {
            throw new IllegalArgumentException(name + " " + part + " exceeds its total " + whole);
        }
    }
}
