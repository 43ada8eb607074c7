package dev.specgen.runtime.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * How offending values appear in {@link Violation}s: as JSON text ({@code "paused"}, {@code 10001}) with
 * control characters escaped, so a value cannot forge log lines, and not at all when longer than
 * {@value #MAX_LENGTH} characters (a violation names a value; it does not copy a document).
 */
public final class ShownValues {

    /** The longest value, in characters of its JSON text, that a violation shows. */
    public static final int MAX_LENGTH = 64;

    /** What a message says instead of a value that is not shown. */
    static final String HIDDEN = "the value";

    private ShownValues() {}

    /** The JSON text of a string, or {@code null} when it is too long to show. */
    public static @Nullable String of(String text) {
        if (text.length() > MAX_LENGTH * 2) {
            return null;
        }
        return capped(quoted(text, '"'));
    }

    /**
     * {@code text} between {@code quote}s, with the quote, backslashes and control characters escaped: C0/C1
     * controls and the Unicode line and paragraph separators would otherwise break a log line.
     */
    static String quoted(String text, char quote) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }

    public static String of(long number) {
        return Long.toString(number);
    }

    /** Integral values without a fraction ({@code 10000}, not {@code 10000.0}); others as Java prints them. */
    public static String of(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return Double.toString(number);
    }

    public static String of(float number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e7f) {
            return Long.toString((long) number);
        }
        return Float.toString(number);
    }

    /** Plain digits where they are short ({@code 10000.5}); scientific notation where an exponent would be written out. */
    public static @Nullable String of(BigDecimal number) {
        // Decide from precision and scale: toPlainString() of 1E+999999999 would write a billion zeros.
        long plainLength = Math.max(number.precision(), (long) number.precision() - number.scale())
                + Math.max(0, number.scale()) + 2;
        return capped(plainLength <= MAX_LENGTH ? number.toPlainString() : number.toString());
    }

    public static @Nullable String of(BigInteger number) {
        return number.bitLength() > MAX_LENGTH * 4 ? null : capped(number.toString());
    }

    /** A scalar of unknown Java type: strings quoted, numbers and booleans as they print. */
    public static @Nullable String ofScalar(Object value) {
        if (value instanceof String text) {
            return of(text);
        }
        if (value instanceof Double d) {
            return of(d.doubleValue());
        }
        if (value instanceof Float f) {
            return of(f.floatValue());
        }
        if (value instanceof BigDecimal d) {
            return of(d);
        }
        return capped(String.valueOf(value));
    }

    /** The subject of a message: the shown value, or "the value". */
    static String subject(@Nullable String shown) {
        return shown == null ? HIDDEN : shown;
    }

    private static @Nullable String capped(String json) {
        return json.codePointCount(0, json.length()) > MAX_LENGTH ? null : json;
    }
}
