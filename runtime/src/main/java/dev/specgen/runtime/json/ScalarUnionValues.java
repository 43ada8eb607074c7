package dev.specgen.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values that Jackson hands the {@code fromJson(Object)} creator of a generated union of scalars
 * ({@code oneOf: [{type: integer}, {type: string}]}): a {@link String}, a {@link Boolean}, an {@link Integer},
 * {@link Long} or {@link BigInteger} for an integral JSON number, a {@link Double} (or {@link BigDecimal}, when the
 * mapper reads floats as decimals) for another number, and a {@link Map} or {@link java.util.List} for what is not a
 * scalar. Jackson 2 and Jackson 3 bind alike, and nothing here refers to either, so generated models work with both.
 *
 * <p>Each method returns {@code null} when the value is not of its kind, and the generated creator tries the next
 * alternative; {@link #unexpected} makes the error when none fits.
 */
public final class ScalarUnionValues {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Longer values are cut short in messages: a message names the value, it does not carry it. */
    private static final int SHOWN_CHARACTERS = 40;

    private ScalarUnionValues() {}

    /**
     * An integral JSON number that fits in a {@code long}, as one. {@code 12.0} counts (JSON Schema calls it an
     * integer; Jackson reads it as a {@code Double}), {@code 12.5} and values beyond the {@code long} range do not.
     */
    public static @Nullable Long asLong(@Nullable Object value) {
        BigInteger integer = asBigInteger(value);
        return integer == null || integer.compareTo(LONG_MIN) < 0 || integer.compareTo(LONG_MAX) > 0
                ? null : integer.longValue();
    }

    /** An integral JSON number of any size, as a {@code BigInteger}; {@code 12.0} counts. */
    public static @Nullable BigInteger asBigInteger(@Nullable Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger integer) {
            return integer;
        }
        BigDecimal decimal = asDecimal(value);
        if (decimal == null) {
            return null;
        }
        try {
            return decimal.toBigIntegerExact();
        } catch (ArithmeticException notIntegral) {
            return null;
        }
    }

    /** Any JSON number, as a {@code double} (the nearest one, as for any {@code number} property). */
    public static @Nullable Double asDouble(@Nullable Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }

    /**
     * Any JSON number, as a {@code BigDecimal}. A number Jackson read as a {@code double} becomes the shortest
     * decimal that reads back as that double ({@code 0.1}, not {@code 0.1000000000000000055511151231257827}); read
     * with {@code USE_BIG_DECIMAL_FOR_FLOATS}, every digit is kept.
     */
    public static @Nullable BigDecimal asDecimal(@Nullable Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof Number number && !(value instanceof Double || value instanceof Float)) {
            return BigDecimal.valueOf(number.longValue());
        }
        return null;
    }

    /**
     * The error for a value no alternative takes, naming the type, what arrived and what was expected:
     * {@code Cannot read a WorkflowId from a JSON boolean (true): expected an integer or a string}. Jackson reports
     * it with the JSON location.
     *
     * @param expected the alternatives' kinds, as the generated code lists them
     */
    public static IllegalArgumentException unexpected(Class<?> type, @Nullable Object value, String expected) {
        return new IllegalArgumentException("Cannot read a " + type.getSimpleName() + " from " + describe(value)
                + ": expected " + expected);
    }

    private static String describe(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "a JSON object";
        }
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            return "a JSON array";
        }
        BigInteger integer = asBigInteger(value);
        String kind = value instanceof String ? "string" : value instanceof Boolean ? "boolean"
                : integer == null ? "number" : asLong(integer) == null ? "integer beyond 64 bits" : "integer";
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        if (text.length() > SHOWN_CHARACTERS) {
            text = text.substring(0, SHOWN_CHARACTERS) + "…";
        }
        return "a JSON " + kind + " (" + (value instanceof String ? "\"" + text + "\"" : text) + ")";
    }
}
