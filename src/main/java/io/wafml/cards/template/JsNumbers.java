package io.wafml.cards.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JavaScript number parsing and the d3-format fixed notation used by adaptive-expressions. */
final class JsNumbers {

    private static final Pattern INT_PREFIX = Pattern.compile("^[\\s\\u00a0\\ufeff]*([+-]?)(\\d+)");
    private static final Pattern FLOAT_PREFIX =
            Pattern.compile("^[\\s\\u00a0\\ufeff]*([+-]?(?:Infinity|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?))");
    private static final char MINUS = '\u2212';

    private JsNumbers() {}

    /** JavaScript's Number.prototype.toString(): the shortest digits that read back as the same double. */
    static String toString(double number) {
        if (Double.isNaN(number)) {
            return "NaN";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "Infinity" : "-Infinity";
        }
        if (number == 0) {
            return "0";
        }
        BigDecimal exact = shortest(Math.abs(number));
        String digits = exact.unscaledValue().toString();
        int k = digits.length();
        int n = k - exact.scale();
        return (number < 0 ? "-" : "") + layout(digits, k, n);
    }

    private static BigDecimal shortest(double magnitude) {
        for (int precision = 1; precision < 17; precision++) {
            String candidate = String.format(Locale.ROOT, "%." + (precision - 1) + "e", magnitude);
            if (Double.parseDouble(candidate) == magnitude) {
                return new BigDecimal(candidate).stripTrailingZeros();
            }
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.16e", magnitude)).stripTrailingZeros();
    }

    private static String layout(String digits, int k, int n) {
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return k == 1 ? digits + "e" + exponent : digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
    }

    /** JavaScript's parseInt(text, 10); NaN when there is no leading integer. */
    static Double parseInt(String text) {
        Matcher matcher = INT_PREFIX.matcher(text);
        if (!matcher.find()) {
            return Double.NaN;
        }
        double value = new BigDecimal(matcher.group(2)).doubleValue();
        return matcher.group(1).equals("-") ? -value : value;
    }

    /** JavaScript's parseFloat(text). */
    static Double parseFloat(String text) {
        Matcher matcher = FLOAT_PREFIX.matcher(text);
        if (!matcher.find()) {
            return Double.NaN;
        }
        String number = matcher.group(1);
        if (number.endsWith("Infinity")) {
            return number.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(number);
    }

    /** JavaScript's Math.round: halves round towards positive infinity. */
    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 4503599627370496.0) {
            return value;
        }
        double floor = Math.floor(value);
        double rounded = value - floor >= 0.5 ? floor + 1 : floor;
        return rounded == 0 && value < 0 ? -0.0 : rounded;
    }

    /** d3-format's {@code ,.Nf}: fixed decimals, thousands grouped with commas, U+2212 for negative values. */
    static String groupedFixed(double value, int precision) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        String fixed = toFixed(Math.abs(value), precision);
        if (negative && Double.parseDouble(fixed) == 0) {
            negative = false;
        }
        int dot = fixed.indexOf('.');
        String integer = dot < 0 ? fixed : fixed.substring(0, dot);
        String fraction = dot < 0 ? "" : fixed.substring(dot);
        return (negative ? String.valueOf(MINUS) : "") + group(integer) + fraction;
    }

    private static String toFixed(double magnitude, int precision) {
        if (Double.isInfinite(magnitude)) {
            return "Infinity";
        }
        if (magnitude >= 1e21) {
            return JsValues.numberToString(magnitude);
        }
        return new BigDecimal(magnitude)
                .setScale(precision, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String group(String digits) {
        if (!digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
