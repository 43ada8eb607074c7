package dev.specgen.core.lint;

import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.runtime.validation.CompiledPattern;
import dev.specgen.runtime.validation.Format;
import dev.specgen.runtime.validation.IntegerBounds;
import dev.specgen.runtime.validation.NumberRules;
import dev.specgen.runtime.validation.ObjectRules;
import dev.specgen.runtime.validation.Rule;
import dev.specgen.runtime.validation.StringRules;
import dev.specgen.runtime.validation.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks scalar JSON values the way the generated validators check the Java values they become: the
 * JSON number is first converted to its schema's Java type ({@code float}, {@code long}, …), then the
 * runtime's rule for that type decides, with the same bounds. What cannot become that Java type at
 * all is a {@link Rule#TYPE} violation, which only JSON checks can report.
 */
final class ExampleScalars {

    private final Map<String, @Nullable CompiledPattern> patterns = new HashMap<>();

    /** Checks a scalar of the given kind; {@code report} receives violations at {@code $}. */
    void check(JsonValue value, ScalarKind kind, Constraints c, Consumer<Violation> report) {
        switch (kind) {
            case STRING, DATE_TIME, DATE -> {
                if (value instanceof JsonValue.JsonString s) {
                    text(s.value(), c, report);
                } else {
                    report.accept(typeViolation("a string", value));
                }
            }
            case BASE64, BINARY -> {
                if (!(value instanceof JsonValue.JsonString s)) {
                    report.accept(typeViolation("a string", value));
                } else if ("byte".equals(c.format())) {
                    // Not a rule of the Java value: text that is not base64 does not deserialize into bytes.
                    report(report, StringRules.format(s.value(), Format.BYTE));
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof JsonValue.JsonBoolean)) {
                    report.accept(typeViolation("a boolean", value));
                }
            }
            default -> number(value, kind, c, report);
        }
    }

    /** minLength, maxLength, pattern and format, in the generated validators' order. */
    void text(String text, Constraints c, Consumer<Violation> report) {
        if (c.minLength() != null) {
            report(report, StringRules.minLength(text, c.minLength()));
        }
        if (c.maxLength() != null) {
            report(report, StringRules.maxLength(text, c.maxLength()));
        }
        CompiledPattern pattern = c.pattern() == null ? null : pattern(c.pattern());
        if (pattern != null) {
            report(report, StringRules.pattern(text, pattern));
        }
        Format format = c.format() == null ? null : Format.named(c.format());
        if (format != null) {
            report(report, StringRules.format(text, format));
        }
    }

    private void number(JsonValue value, ScalarKind kind, Constraints c, Consumer<Violation> report) {
        if (!(value instanceof JsonValue.JsonNumber n)) {
            report.accept(typeViolation(kind == ScalarKind.FLOAT || kind == ScalarKind.DOUBLE
                    || kind == ScalarKind.DECIMAL ? "a number" : "an integer", value));
            return;
        }
        BigDecimal number = n.value();
        switch (kind) {
            case INT32, INT64 -> {
                if (!n.isIntegral()) {
                    report.accept(typeViolation("an integer", value));
                    return;
                }
                BigInteger integer = number.toBigIntegerExact();
                int bits = kind == ScalarKind.INT32 ? 32 : 64;
                if (integer.bitLength() >= bits) {
                    report.accept(new Violation("$", Rule.TYPE, "expected an integer that fits in " + bits
                            + " bits (" + kind.name().toLowerCase(java.util.Locale.ROOT) + "), found "
                            + number.toPlainString(), null));
                    return;
                }
                integers(integer, true, c, report);
            }
            case BIG_INTEGER -> {
                if (!n.isIntegral()) {
                    report.accept(typeViolation("an integer", value));
                    return;
                }
                integers(number.toBigIntegerExact(), false, c, report);
            }
            case FLOAT -> {
                float f = number.floatValue();
                bounds(c, (min, exclusive) -> NumberRules.minimum(f, min.floatValue(), exclusive),
                        (max, exclusive) -> NumberRules.maximum(f, max.floatValue(), exclusive),
                        divisor -> NumberRules.multipleOf(f, divisor.floatValue()), report);
            }
            case DOUBLE -> {
                double d = number.doubleValue();
                bounds(c, (min, exclusive) -> NumberRules.minimum(d, min.doubleValue(), exclusive),
                        (max, exclusive) -> NumberRules.maximum(d, max.doubleValue(), exclusive),
                        divisor -> NumberRules.multipleOf(d, divisor.doubleValue()), report);
            }
            default -> bounds(c, (min, exclusive) -> NumberRules.minimum(number, min, exclusive),
                    (max, exclusive) -> NumberRules.maximum(number, max, exclusive),
                    divisor -> NumberRules.multipleOf(number, divisor), report);
        }
    }

    /** Integers as the generated code compares them: with {@link IntegerBounds}, in {@code long} where both fit. */
    private static void integers(BigInteger value, boolean longKind, Constraints c, Consumer<Violation> report) {
        bounds(c, (min, exclusive) -> integerBound(value, longKind, IntegerBounds.minimum(min, exclusive), true),
                (max, exclusive) -> integerBound(value, longKind, IntegerBounds.maximum(max, exclusive), false),
                divisor -> {
                    BigInteger integer = IntegerBounds.divisor(divisor);
                    if (integer.equals(BigInteger.ONE)) {
                        return null;
                    }
                    return longKind && integer.bitLength() < 64
                            ? NumberRules.multipleOf(value.longValueExact(), integer.longValueExact())
                            : NumberRules.multipleOf(value, integer);
                }, report);
    }

    private static @Nullable Violation integerBound(BigInteger value, boolean longKind, IntegerBounds.Bound bound,
            boolean minimum) {
        if (longKind && bound.fitsLong()) {
            long v = value.longValueExact();
            long b = bound.value().longValueExact();
            return minimum ? NumberRules.minimum(v, b, bound.exclusive()) : NumberRules.maximum(v, b, bound.exclusive());
        }
        return minimum ? NumberRules.minimum(value, bound.value(), bound.exclusive())
                : NumberRules.maximum(value, bound.value(), bound.exclusive());
    }

    private interface BoundRule {
        @Nullable Violation check(BigDecimal bound, boolean exclusive);
    }

    private interface DivisorRule {
        @Nullable Violation check(BigDecimal divisor);
    }

    /** minimum, maximum and multipleOf, in the generated validators' order. */
    private static void bounds(Constraints c, BoundRule minimum, BoundRule maximum, DivisorRule multipleOf,
            Consumer<Violation> report) {
        if (c.minimum() != null) {
            report(report, minimum.check(c.minimum(), c.exclusiveMinimum()));
        }
        if (c.maximum() != null) {
            report(report, maximum.check(c.maximum(), c.exclusiveMaximum()));
        }
        if (c.multipleOf() != null && c.multipleOf().signum() > 0) {
            report(report, multipleOf.check(c.multipleOf()));
        }
    }

    /**
     * Enum membership as the generated open enums decide it: the JSON value converted to the enum's Java
     * value type, compared with the listed values converted the same way.
     */
    void enumValue(JsonValue value, EnumType enumType, Constraints c, Consumer<Violation> report) {
        Object javaValue = enumJavaValue(value, enumType.valueKind());
        if (javaValue == null) {
            report.accept(typeViolation(enumType.valueKind() == ScalarKind.STRING ? "a string" : "a number", value));
            return;
        }
        if (javaValue instanceof String text) {
            text(text, c, report);
        } else {
            number(value, enumType.valueKind(), c, report);
        }
        List<Object> listed = new ArrayList<>();
        for (EnumType.EnumConstant constant : enumType.constants()) {
            listed.add(enumJavaValue(constant.value(), enumType.valueKind()));
        }
        report(report, ObjectRules.listed(listed.contains(javaValue), javaValue, listed));
    }

    private static @Nullable Object enumJavaValue(JsonValue value, ScalarKind kind) {
        if (kind == ScalarKind.STRING) {
            return value instanceof JsonValue.JsonString s ? s.value() : null;
        }
        if (!(value instanceof JsonValue.JsonNumber n)) {
            return null;
        }
        return enumJavaValue(n.value().toPlainString(), kind);
    }

    private static @Nullable Object enumJavaValue(String text, ScalarKind kind) {
        try {
            return switch (kind) {
                case INT32 -> new BigDecimal(text).intValueExact();
                case INT64 -> new BigDecimal(text).longValueExact();
                case BIG_INTEGER -> new BigDecimal(text).toBigIntegerExact();
                case DOUBLE -> Double.parseDouble(text);
                default -> text;
            };
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private @Nullable CompiledPattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, r -> {
            try {
                return CompiledPattern.of(r);
            } catch (java.util.regex.PatternSyntaxException e) {
                return null; // SpecLinter reports the pattern itself
            }
        });
    }

    static Violation typeViolation(String expected, JsonValue found) {
        return new Violation("$", Rule.TYPE, "expected " + expected + ", found " + kind(found), null);
    }

    static String kind(JsonValue value) {
        if (value instanceof JsonValue.JsonString) {
            return "a string";
        }
        if (value instanceof JsonValue.JsonNumber) {
            return "a number";
        }
        if (value instanceof JsonValue.JsonBoolean) {
            return "a boolean";
        }
        if (value instanceof JsonValue.JsonArray) {
            return "an array";
        }
        return value instanceof JsonValue.JsonObject ? "an object" : "null";
    }

    private static void report(Consumer<Violation> report, @Nullable Violation violation) {
        if (violation != null) {
            report.accept(violation);
        }
    }
}
