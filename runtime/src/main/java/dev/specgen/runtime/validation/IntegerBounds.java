package dev.specgen.runtime.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Turns a spec's numeric bounds into bounds on integers that admit exactly the same integers, so that
 * integer values are checked with integer arithmetic: {@code minimum: 0.5} admits the integers from 1,
 * {@code maximum: 9.5} those up to 9, {@code multipleOf: 1.5} the multiples of 3. Generated validators
 * compute their constants here at generation time, and {@code specgen check} here at check time.
 *
 * <p>Bounds beyond ±10<sup>{@value #MAX_DIGITS}</sup> are clamped there (no value that size is checked
 * in practice), which keeps a spec's {@code 1e999999999} from taking the generator's memory.
 */
public final class IntegerBounds {

    static final int MAX_DIGITS = 10_000;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_DIGITS);

    private IntegerBounds() {}

    /**
     * An integer bound, inclusive or exclusive.
     *
     * @param value the bound
     * @param exclusive whether the bound itself is excluded (only for bounds the spec wrote as integers)
     */
    public record Bound(BigInteger value, boolean exclusive) {

        /** Whether the bound fits a {@code long}, so that {@code long} values can be compared directly. */
        public boolean fitsLong() {
            return value.bitLength() < 64;
        }
    }

    /** The integer form of {@code minimum} / {@code exclusiveMinimum}: fractional bounds round up and become inclusive. */
    public static Bound minimum(BigDecimal bound, boolean exclusive) {
        BigDecimal clamped = clamp(bound);
        return isIntegral(clamped)
                ? new Bound(clamped.toBigIntegerExact(), exclusive)
                : new Bound(clamped.setScale(0, RoundingMode.CEILING).toBigIntegerExact(), false);
    }

    /** The integer form of {@code maximum} / {@code exclusiveMaximum}: fractional bounds round down and become inclusive. */
    public static Bound maximum(BigDecimal bound, boolean exclusive) {
        BigDecimal clamped = clamp(bound);
        return isIntegral(clamped)
                ? new Bound(clamped.toBigIntegerExact(), exclusive)
                : new Bound(clamped.setScale(0, RoundingMode.FLOOR).toBigIntegerExact(), false);
    }

    /**
     * The integer divisor equivalent to a positive {@code multipleOf}: an integer is a multiple of p/q (in
     * lowest terms) exactly when it is a multiple of p.
     */
    public static BigInteger divisor(BigDecimal multipleOf) {
        BigDecimal reduced = clamp(multipleOf).stripTrailingZeros();
        if (reduced.scale() <= 0) {
            return reduced.toBigIntegerExact();
        }
        BigInteger numerator = reduced.unscaledValue();
        BigInteger denominator = BigInteger.TEN.pow(reduced.scale());
        return numerator.divide(numerator.gcd(denominator));
    }

    private static boolean isIntegral(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static BigDecimal clamp(BigDecimal bound) {
        if (bound.abs().compareTo(LIMIT) <= 0) {
            return bound;
        }
        return bound.signum() > 0 ? LIMIT : LIMIT.negate();
    }
}
