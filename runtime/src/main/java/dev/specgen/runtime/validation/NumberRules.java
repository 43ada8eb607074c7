package dev.specgen.runtime.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * {@code minimum}, {@code maximum} (each inclusive or exclusive) and {@code multipleOf}, for every Java
 * number type a model uses. Each returns {@code null} when the rule holds.
 *
 * <p>Values are compared in their own type: a {@code float} with the bound rounded to the nearest
 * {@code float}, so that {@code 0.1f} is within {@code maximum: 0.1}, and integers with the bound
 * normalized by {@link IntegerBounds}, so that {@code minimum: 0.5} on an integer means "at least 1".
 * {@code specgen check} converts each example to its schema's Java type first and then uses these same
 * methods, so the two can never disagree.
 *
 * <p>Allocation: none while a rule holds, except {@code multipleOf} on {@link BigDecimal} values and on
 * {@link BigInteger} values beyond the {@code long} range (JDK big-number arithmetic always allocates).
 */
public final class NumberRules {

    private NumberRules() {}

    public static @Nullable Violation minimum(long value, long bound, boolean exclusive) {
        return (exclusive ? value > bound : value >= bound) ? null
                : belowMinimum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    public static @Nullable Violation maximum(long value, long bound, boolean exclusive) {
        return (exclusive ? value < bound : value <= bound) ? null
                : aboveMaximum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    /** @param divisor positive, from {@link IntegerBounds#divisor} */
    public static @Nullable Violation multipleOf(long value, long divisor) {
        return value % divisor == 0 ? null : notMultiple(ShownValues.of(value), ShownValues.of(divisor));
    }

    /** NaN is below every minimum. */
    public static @Nullable Violation minimum(double value, double bound, boolean exclusive) {
        return (exclusive ? value > bound : value >= bound) ? null
                : belowMinimum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    /** NaN is above every maximum. */
    public static @Nullable Violation maximum(double value, double bound, boolean exclusive) {
        return (exclusive ? value < bound : value <= bound) ? null
                : aboveMaximum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    /**
     * Binary floating point cannot hold most decimal divisors ({@code 0.1}) exactly, so a value is a multiple
     * when the quotient is an integer up to two units in its last place ({@code 0.3} is a multiple of
     * {@code 0.1}, {@code 0.30001} is not). An integral divisor is checked exactly.
     *
     * @param divisor positive
     */
    public static @Nullable Violation multipleOf(double value, double divisor) {
        boolean multiple;
        if (divisor == Math.rint(divisor)) {
            multiple = value % divisor == 0;
        } else {
            double quotient = value / divisor;
            multiple = Math.abs(quotient - Math.rint(quotient)) <= 2 * Math.ulp(quotient);
        }
        return multiple ? null : notMultiple(ShownValues.of(value), ShownValues.of(divisor));
    }

    public static @Nullable Violation minimum(float value, float bound, boolean exclusive) {
        return (exclusive ? value > bound : value >= bound) ? null
                : belowMinimum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    public static @Nullable Violation maximum(float value, float bound, boolean exclusive) {
        return (exclusive ? value < bound : value <= bound) ? null
                : aboveMaximum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    /** As {@link #multipleOf(double, double)}, in {@code float} arithmetic. */
    public static @Nullable Violation multipleOf(float value, float divisor) {
        boolean multiple;
        if (divisor == Math.rint(divisor)) {
            multiple = value % divisor == 0;
        } else {
            float quotient = value / divisor;
            multiple = Math.abs(quotient - Math.rint(quotient)) <= 2 * Math.ulp(quotient);
        }
        return multiple ? null : notMultiple(ShownValues.of(value), ShownValues.of(divisor));
    }

    public static @Nullable Violation minimum(BigDecimal value, BigDecimal bound, boolean exclusive) {
        int comparison = value.compareTo(bound);
        return (exclusive ? comparison > 0 : comparison >= 0) ? null
                : belowMinimum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    public static @Nullable Violation maximum(BigDecimal value, BigDecimal bound, boolean exclusive) {
        int comparison = value.compareTo(bound);
        return (exclusive ? comparison < 0 : comparison <= 0) ? null
                : aboveMaximum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    /** Exact decimal arithmetic. @param divisor positive */
    public static @Nullable Violation multipleOf(BigDecimal value, BigDecimal divisor) {
        return DecimalMultiples.isMultiple(value, divisor) ? null
                : notMultiple(ShownValues.of(value), ShownValues.of(divisor));
    }

    public static @Nullable Violation minimum(BigInteger value, BigInteger bound, boolean exclusive) {
        int comparison = value.compareTo(bound);
        return (exclusive ? comparison > 0 : comparison >= 0) ? null
                : belowMinimum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    public static @Nullable Violation maximum(BigInteger value, BigInteger bound, boolean exclusive) {
        int comparison = value.compareTo(bound);
        return (exclusive ? comparison < 0 : comparison <= 0) ? null
                : aboveMaximum(ShownValues.of(value), ShownValues.of(bound), exclusive);
    }

    /** @param divisor positive, from {@link IntegerBounds#divisor} */
    public static @Nullable Violation multipleOf(BigInteger value, BigInteger divisor) {
        boolean multiple = value.bitLength() < 64 && divisor.bitLength() < 64
                ? value.longValue() % divisor.longValue() == 0
                : value.mod(divisor).signum() == 0;
        return multiple ? null : notMultiple(ShownValues.of(value), ShownValues.of(divisor));
    }

    private static Violation belowMinimum(@Nullable String value, @Nullable String bound, boolean exclusive) {
        return exclusive
                ? Violation.atRoot(Rule.EXCLUSIVE_MINIMUM, ShownValues.subject(value)
                        + " is not above the exclusive minimum " + bound, value)
                : Violation.atRoot(Rule.MINIMUM, ShownValues.subject(value) + " is below the minimum " + bound, value);
    }

    private static Violation aboveMaximum(@Nullable String value, @Nullable String bound, boolean exclusive) {
        return exclusive
                ? Violation.atRoot(Rule.EXCLUSIVE_MAXIMUM, ShownValues.subject(value)
                        + " is not below the exclusive maximum " + bound, value)
                : Violation.atRoot(Rule.MAXIMUM, ShownValues.subject(value) + " is above the maximum " + bound, value);
    }

    private static Violation notMultiple(@Nullable String value, @Nullable String divisor) {
        return Violation.atRoot(Rule.MULTIPLE_OF, ShownValues.subject(value) + " is not a multiple of " + divisor,
                value);
    }
}
