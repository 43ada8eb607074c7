package dev.specgen.runtime.time;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** Turns what Jackson hands a delegating {@code Object} creator back into the value's text. */
final class JsonScalars {

    /** Beyond this many digits a plain rendering could be huge ({@code 1e999999999}); use E-notation. */
    private static final int MAX_PLAIN_DIGITS = 40;

    private JsonScalars() {}

    /**
     * @param json a {@link String}, {@link Number} or {@link Boolean} as bound by Jackson 2 or 3
     * @param type the Java type being created, for the error message
     * @return the value's text: strings verbatim, numbers in plain decimal notation
     *     ({@code 1669706229286}, {@code 1669706229.286}), booleans as {@code true}/{@code false}
     * @throws IllegalArgumentException for JSON objects and arrays, which are not loose dates
     *     but a different shape altogether, and have no faithful text to keep
     */
    static @Nullable String toText(@Nullable Object json, Class<?> type) {
        if (json == null || json instanceof String) {
            return (String) json;
        }
        if (json instanceof Integer || json instanceof Long || json instanceof Short
                || json instanceof Byte || json instanceof BigInteger) {
            return json.toString();
        }
        if ((json instanceof Double || json instanceof Float) && !Double.isFinite(((Number) json).doubleValue())) {
            return json.toString();
        }
        if (json instanceof Number number) {
            // Double.toString would give "1.669706229286E9"; BigDecimal.valueOf keeps the shortest digits.
            BigDecimal decimal = number instanceof BigDecimal big ? big : BigDecimal.valueOf(number.doubleValue());
            boolean modest = Math.abs(decimal.scale()) <= MAX_PLAIN_DIGITS
                    && decimal.precision() - decimal.scale() <= MAX_PLAIN_DIGITS;
            return modest ? decimal.toPlainString() : decimal.toString();
        }
        if (json instanceof Boolean) {
            return json.toString();
        }
        throw new IllegalArgumentException("Cannot read a " + type.getSimpleName() + " from a JSON "
                + (json instanceof Iterable<?> ? "array" : "object")
                + "; expected a string (or a number of epoch seconds or milliseconds)");
    }
}
