package io.wafml.cards.view;

/** Ten-cell text bars such as {@code █████░░░░░ 50}, shown where a client renders no chart. */
public final class TextBar {

    private static final int CELLS = 10;

    private TextBar() {}

    /** The bar for a percentage between 0 and 100, followed by the number. */
    public static String of(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("Percent must be between 0 and 100: " + percent);
        }
        int filled = Math.round(percent * CELLS / 100f);
        return "█".repeat(filled) + "░".repeat(CELLS - filled) + " " + percent;
    }

    /** The bar for a part of a whole; an empty whole counts as 0 %. */
    public static String of(int part, int whole) {
        return of(whole == 0 ? 0 : Math.round(part * 100f / whole));
    }
}
