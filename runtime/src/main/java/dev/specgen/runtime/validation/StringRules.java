package dev.specgen.runtime.validation;

import org.jspecify.annotations.Nullable;

/**
 * Rules on strings: {@code minLength}, {@code maxLength} (both in Unicode code points, as JSON Schema
 * counts, so an emoji is one character), {@code pattern} and {@code format}. Each returns {@code null}
 * when the rule holds, allocating nothing.
 */
public final class StringRules {

    private StringRules() {}

    public static @Nullable Violation minLength(String value, int minimum) {
        // A code point is one or two chars: no counting needed when the char count settles it.
        if (value.length() >= 2L * minimum) {
            return null;
        }
        int length = value.length() < minimum ? value.length() : value.codePointCount(0, value.length());
        if (length >= minimum) {
            return null;
        }
        String shown = ShownValues.of(value);
        return Violation.atRoot(Rule.MIN_LENGTH, ShownValues.subject(shown) + " is shorter than the minimum length "
                + minimum + " (" + characters(value.codePointCount(0, value.length())) + ")", shown);
    }

    public static @Nullable Violation maxLength(String value, int maximum) {
        if (value.length() <= maximum) {
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length <= maximum) {
            return null;
        }
        String shown = ShownValues.of(value);
        return Violation.atRoot(Rule.MAX_LENGTH, ShownValues.subject(shown) + " is longer than the maximum length "
                + maximum + " (" + characters(length) + ")", shown);
    }

    /** {@code pattern}: the regular expression must match somewhere in the value (it is not anchored). */
    public static @Nullable Violation pattern(String value, CompiledPattern pattern) {
        if (pattern.find(value)) {
            return null;
        }
        String shown = ShownValues.of(value);
        return Violation.atRoot(Rule.PATTERN, ShownValues.subject(shown) + " does not match the pattern "
                + pattern.regex(), shown);
    }

    /** {@code format}: see {@link Format} for what each format accepts. */
    public static @Nullable Violation format(String value, Format format) {
        if (format.test(value)) {
            return null;
        }
        String shown = ShownValues.of(value);
        return Violation.atRoot(Rule.FORMAT, ShownValues.subject(shown) + " is not a valid " + format.id(), shown);
    }

    private static String characters(int count) {
        return count == 1 ? "1 character" : count + " characters";
    }
}
