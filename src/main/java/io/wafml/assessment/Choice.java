package io.wafml.assessment;

import java.util.Arrays;
import java.util.Locale;

/** A respondent's answer to one item, from the most cautious ({@link #NO}) to {@link #YES}; N/A stands apart. */
public enum Choice {
    YES("yes", 3, 1.0),
    PARTIAL("partial", 2, 0.5),
    NO("no", 0, 0.0),
    NOT_APPLICABLE("na", -1, Double.NaN),
    UNKNOWN("unknown", 1, 0.0);

    private final String wire;
    private final int step;
    private final double score;

    Choice(String wire, int step, double score) {
        this.wire = wire;
        this.step = step;
        this.score = score;
    }

    /** The value used in card submissions and storage: {@code yes}, {@code partial}, {@code no}, {@code na}, {@code unknown}. */
    public String wire() {
        return wire;
    }

    /** The choice for a wire value, ignoring case; {@link IllegalArgumentException} when there is none. */
    public static Choice fromWire(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.wire.equals(v))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown choice: " + value));
    }

    /** The position on the caution scale No 0, Don't know 1, Partially 2, Yes 3; -1 for N/A. */
    public int step() {
        return step;
    }

    /** Whether this choice counts towards a score (every choice but N/A). */
    public boolean isApplicable() {
        return this != NOT_APPLICABLE;
    }

    /** The item score: Yes 1, Partially 0.5, No and Don't know 0; {@link IllegalStateException} for N/A. */
    public double score() {
        if (!isApplicable()) {
            throw new IllegalStateException("N/A has no score");
        }
        return score;
    }
}
