package dev.specgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.runtime.validation.Format;
import dev.specgen.runtime.validation.IntegerBounds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The rule calls for one scalar value: each an expression that is {@code null} when the rule holds.
 * Bounds are turned into constants of the value's own Java type here, at generation time, with the
 * runtime's {@link IntegerBounds} and the JDK's {@code BigDecimal} conversions that {@code specgen check}
 * uses too.
 */
final class ScalarChecks {

    private ScalarChecks() {}

    /** Whether any of the constraints applies to a value of this kind. */
    static boolean hasRules(ScalarKind kind, Constraints c) {
        if (isText(kind)) {
            return c.minLength() != null || c.maxLength() != null || c.pattern() != null
                    || (c.format() != null && Format.named(c.format()) != null);
        }
        if (isNumber(kind)) {
            return c.minimum() != null || c.maximum() != null || c.multipleOf() != null;
        }
        return false;
    }

    static boolean isText(ScalarKind kind) {
        return kind == ScalarKind.STRING || kind == ScalarKind.DATE_TIME || kind == ScalarKind.DATE;
    }

    static boolean isNumber(ScalarKind kind) {
        return switch (kind) {
            case INT32, INT64, BIG_INTEGER, FLOAT, DOUBLE, DECIMAL -> true;
            default -> false;
        };
    }

    /**
     * The rule calls for a non-null value.
     *
     * @param value the Java expression of the value (a {@code LenientDateTime}'s raw text is checked)
     * @param hint what to name constants after
     */
    static List<CodeBlock> rules(ValidatorClass owner, String value, ScalarKind kind, Constraints c, String hint) {
        if (isText(kind)) {
            return textRules(owner, kind == ScalarKind.STRING ? value : value + ".raw()", c, hint);
        }
        if (isNumber(kind)) {
            return numberRules(owner, value, kind, c, hint);
        }
        return List.of();
    }

    static List<CodeBlock> textRules(ValidatorClass owner, String text, Constraints c, String hint) {
        List<CodeBlock> rules = new ArrayList<>();
        ClassName strings = ValidatorNames.STRING_RULES;
        if (c.minLength() != null) {
            rules.add(CodeBlock.of("$T.minLength($L, $L)", strings, text, c.minLength()));
        }
        if (c.maxLength() != null) {
            rules.add(CodeBlock.of("$T.maxLength($L, $L)", strings, text, c.maxLength()));
        }
        if (c.pattern() != null && compiles(c.pattern())) {
            String pattern = owner.constant(ValidatorNames.COMPILED_PATTERN, hint + "_PATTERN",
                    CodeBlock.of("$T.of($S)", ValidatorNames.COMPILED_PATTERN, c.pattern()));
            rules.add(CodeBlock.of("$T.pattern($L, $N)", strings, text, pattern));
        }
        Format format = c.format() == null ? null : Format.named(c.format());
        if (format != null) {
            rules.add(CodeBlock.of("$T.format($L, $T.$L)", strings, text, ValidatorNames.FORMAT, format.name()));
        }
        return rules;
    }

    /** A pattern Java cannot compile is reported by {@code specgen check}; the validator cannot check it. */
    static boolean compiles(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    static List<CodeBlock> numberRules(ValidatorClass owner, String value, ScalarKind kind, Constraints c,
            String hint) {
        List<CodeBlock> rules = new ArrayList<>();
        if (c.minimum() != null) {
            rules.add(bound(owner, "minimum", value, kind, c.minimum(), c.exclusiveMinimum(), hint + "_MINIMUM"));
        }
        if (c.maximum() != null) {
            rules.add(bound(owner, "maximum", value, kind, c.maximum(), c.exclusiveMaximum(), hint + "_MAXIMUM"));
        }
        if (c.multipleOf() != null && c.multipleOf().signum() > 0) {
            CodeBlock multiple = multipleOf(owner, value, kind, c.multipleOf(), hint + "_MULTIPLE_OF");
            if (multiple != null) {
                rules.add(multiple);
            }
        }
        return rules;
    }

    private static CodeBlock bound(ValidatorClass owner, String rule, String value, ScalarKind kind, BigDecimal bound,
            boolean exclusive, String hint) {
        ClassName numbers = ValidatorNames.NUMBER_RULES;
        switch (kind) {
            case INT32, INT64, BIG_INTEGER -> {
                IntegerBounds.Bound integer = rule.equals("minimum")
                        ? IntegerBounds.minimum(bound, exclusive) : IntegerBounds.maximum(bound, exclusive);
                if (kind != ScalarKind.BIG_INTEGER && integer.fitsLong()) {
                    return CodeBlock.of("$T.$L($L, $LL, $L)", numbers, rule, value, integer.value(), integer.exclusive());
                }
                String constant = bigInteger(owner, integer.value(), hint);
                return CodeBlock.of("$T.$L($L, $N, $L)", numbers, rule, bigValue(value, kind), constant,
                        integer.exclusive());
            }
            case FLOAT -> {
                return CodeBlock.of("$T.$L($L, $L, $L)", numbers, rule, value, floatLiteral(bound.floatValue()),
                        exclusive);
            }
            case DOUBLE -> {
                return CodeBlock.of("$T.$L($L, $L, $L)", numbers, rule, value, doubleLiteral(bound.doubleValue()),
                        exclusive);
            }
            default -> {
                String constant = owner.constant(ClassName.get(BigDecimal.class), hint,
                        CodeBlock.of("new $T($S)", BigDecimal.class, bound.toString()));
                return CodeBlock.of("$T.$L($L, $N, $L)", numbers, rule, value, constant, exclusive);
            }
        }
    }

    /** {@code null} when every value is a multiple (an integer of {@code multipleOf: 0.5}). */
    private static @Nullable CodeBlock multipleOf(ValidatorClass owner, String value, ScalarKind kind,
            BigDecimal divisor, String hint) {
        ClassName numbers = ValidatorNames.NUMBER_RULES;
        switch (kind) {
            case INT32, INT64, BIG_INTEGER -> {
                BigInteger integer = IntegerBounds.divisor(divisor);
                if (integer.equals(BigInteger.ONE)) {
                    return null;
                }
                if (kind != ScalarKind.BIG_INTEGER && integer.bitLength() < 64) {
                    return CodeBlock.of("$T.multipleOf($L, $LL)", numbers, value, integer);
                }
                return CodeBlock.of("$T.multipleOf($L, $N)", numbers, bigValue(value, kind),
                        bigInteger(owner, integer, hint));
            }
            case FLOAT -> {
                return CodeBlock.of("$T.multipleOf($L, $L)", numbers, value, floatLiteral(divisor.floatValue()));
            }
            case DOUBLE -> {
                return CodeBlock.of("$T.multipleOf($L, $L)", numbers, value, doubleLiteral(divisor.doubleValue()));
            }
            default -> {
                String constant = owner.constant(ClassName.get(BigDecimal.class), hint,
                        CodeBlock.of("new $T($S)", BigDecimal.class, divisor.toString()));
                return CodeBlock.of("$T.multipleOf($L, $N)", numbers, value, constant);
            }
        }
    }

    /** A {@code long} value compared with a bound beyond the {@code long} range (only absurd specs get here). */
    private static CodeBlock bigValue(String value, ScalarKind kind) {
        return kind == ScalarKind.BIG_INTEGER ? CodeBlock.of("$L", value)
                : CodeBlock.of("$T.valueOf($L)", BigInteger.class, value);
    }

    private static String bigInteger(ValidatorClass owner, BigInteger value, String hint) {
        CodeBlock initializer = value.bitLength() < 64
                ? CodeBlock.of("$T.valueOf($LL)", BigInteger.class, value)
                : CodeBlock.of("new $T($S)", BigInteger.class, value.toString());
        return owner.constant(ClassName.get(BigInteger.class), hint, initializer);
    }

    /** The literal of exactly this float; {@code Float.toString} round-trips. */
    private static CodeBlock floatLiteral(float value) {
        if (Float.isInfinite(value)) {
            return CodeBlock.of("$T.$L", Float.class, value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        return CodeBlock.of("$Lf", Float.toString(value));
    }

    private static CodeBlock doubleLiteral(double value) {
        if (Double.isInfinite(value)) {
            return CodeBlock.of("$T.$L", Double.class, value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        return CodeBlock.of("$Ld", Double.toString(value));
    }
}
