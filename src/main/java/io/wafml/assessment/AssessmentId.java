package io.wafml.assessment;

import java.util.Objects;
import java.util.UUID;

/** The identity of an assessment. */
public record AssessmentId(UUID value) {

    public AssessmentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static AssessmentId random() {
        return new AssessmentId(UUID.randomUUID());
    }

    /** The id written as {@link #toString()}; {@link IllegalArgumentException} when it is not a UUID. */
    public static AssessmentId parse(String text) {
        return new AssessmentId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
