package dev.specgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Every numeric rule just inside, on and just outside its bound, for each Java number type. */
class NumberRulesTest {

    @Test
    void longBounds() {
        assertThat(NumberRules.minimum(1L, 0L, false)).isNull();
        assertThat(NumberRules.minimum(0L, 0L, false)).isNull();
        assertThat(NumberRules.minimum(-1L, 0L, false)).hasToString("$: -1 is below the minimum 0 [minimum]");
        assertThat(NumberRules.minimum(1L, 0L, true)).isNull();
        assertThat(NumberRules.minimum(0L, 0L, true))
                .hasToString("$: 0 is not above the exclusive minimum 0 [exclusiveMinimum]");
        assertThat(NumberRules.maximum(9999L, 10000L, false)).isNull();
        assertThat(NumberRules.maximum(10000L, 10000L, false)).isNull();
        assertThat(NumberRules.maximum(10001L, 10000L, false))
                .hasToString("$: 10001 is above the maximum 10000 [maximum]");
        assertThat(NumberRules.maximum(9999L, 10000L, true)).isNull();
        assertThat(NumberRules.maximum(10000L, 10000L, true))
                .hasToString("$: 10000 is not below the exclusive maximum 10000 [exclusiveMaximum]");
        assertThat(NumberRules.minimum(Long.MIN_VALUE, Long.MIN_VALUE, false)).isNull();
        assertThat(NumberRules.maximum(Long.MAX_VALUE, Long.MAX_VALUE, true)).isNotNull();
    }

    @Test
    void intValuesWidenToTheLongRules() {
        int value = Integer.MAX_VALUE;
        assertThat(NumberRules.maximum(value, 2147483647L, false)).isNull();
        assertThat(NumberRules.maximum(value, 2147483646L, false)).isNotNull();
        assertThat(NumberRules.minimum(value, 3_000_000_000L, false)).isNotNull();
    }

    @Test
    void longMultiples() {
        assertThat(NumberRules.multipleOf(10L, 5L)).isNull();
        assertThat(NumberRules.multipleOf(0L, 5L)).isNull();
        assertThat(NumberRules.multipleOf(-10L, 5L)).isNull();
        assertThat(NumberRules.multipleOf(11L, 5L)).hasToString("$: 11 is not a multiple of 5 [multipleOf]");
        assertThat(NumberRules.multipleOf(Long.MIN_VALUE, 2L)).isNull();
    }

    @Test
    void doubleBounds() {
        assertThat(NumberRules.minimum(0.1, 0.1, false)).isNull();
        assertThat(NumberRules.minimum(Math.nextUp(0.1), 0.1, true)).isNull();
        assertThat(NumberRules.minimum(0.1, 0.1, true)).isNotNull();
        assertThat(NumberRules.minimum(Math.nextDown(0.1), 0.1, false)).isNotNull();
        assertThat(NumberRules.maximum(1.5, 1.5, false)).isNull();
        assertThat(NumberRules.maximum(Math.nextUp(1.5), 1.5, false)).isNotNull();
        assertThat(NumberRules.maximum(Math.nextDown(1.5), 1.5, true)).isNull();
        assertThat(NumberRules.maximum(1.5, 1.5, true)).hasToString("$: 1.5 is not below the exclusive maximum 1.5 [exclusiveMaximum]");
        assertThat(NumberRules.minimum(Double.NaN, 0, false)).as("NaN is never in range").isNotNull();
        assertThat(NumberRules.maximum(Double.NaN, 0, false)).isNotNull();
        assertThat(NumberRules.maximum(10001.0, 10000.0, false)).hasToString("$: 10001 is above the maximum 10000 [maximum]");
    }

    @Test
    void doubleMultiplesTolerateBinaryRoundingButNotRealRemainders() {
        assertThat(NumberRules.multipleOf(0.3, 0.1)).isNull();
        assertThat(NumberRules.multipleOf(1.1, 0.1)).isNull();
        assertThat(NumberRules.multipleOf(0.7, 0.1)).isNull();
        assertThat(NumberRules.multipleOf(-2.5, 0.5)).isNull();
        assertThat(NumberRules.multipleOf(0.35, 0.1)).isNotNull();
        assertThat(NumberRules.multipleOf(0.1000001, 0.1)).isNotNull();
        assertThat(NumberRules.multipleOf(10.0, 5.0)).isNull();
        assertThat(NumberRules.multipleOf(1e17, 3.0)).as("integral divisors are exact at any magnitude").isNotNull();
        assertThat(NumberRules.multipleOf(Double.POSITIVE_INFINITY, 0.5)).isNotNull();
    }

    @Test
    void floatsAreComparedAsFloats() {
        assertThat(NumberRules.maximum(0.1f, 0.1f, false)).as("0.1f is within maximum 0.1").isNull();
        assertThat(NumberRules.maximum(Math.nextUp(0.1f), 0.1f, false)).isNotNull();
        assertThat(NumberRules.minimum(0.1f, 0.1f, true)).isNotNull();
        assertThat(NumberRules.minimum(Math.nextUp(0.1f), 0.1f, true)).isNull();
        assertThat(NumberRules.minimum(Math.nextDown(0.1f), 0.1f, false)).hasToString(
                "$: 0.099999994 is below the minimum 0.1 [minimum]");
        assertThat(NumberRules.multipleOf(0.3f, 0.1f)).isNull();
        assertThat(NumberRules.multipleOf(0.35f, 0.1f)).isNotNull();
        assertThat(NumberRules.multipleOf(12f, 4f)).isNull();
        assertThat(NumberRules.multipleOf(13f, 4f)).isNotNull();
    }

    @Test
    void decimalsAreExact() {
        BigDecimal bound = new BigDecimal("0.1");
        assertThat(NumberRules.minimum(new BigDecimal("0.10"), bound, false)).isNull();
        assertThat(NumberRules.minimum(new BigDecimal("0.1000000000000000000001"), bound, true)).isNull();
        assertThat(NumberRules.minimum(new BigDecimal("0.1"), bound, true)).isNotNull();
        assertThat(NumberRules.minimum(new BigDecimal("0.0999999999999999999999"), bound, false)).isNotNull();
        assertThat(NumberRules.maximum(new BigDecimal("10000"), new BigDecimal("1E+4"), false)).isNull();
        assertThat(NumberRules.maximum(new BigDecimal("10000.0000001"), new BigDecimal("1E+4"), false))
                .hasToString("$: 10000.0000001 is above the maximum 10000 [maximum]");
        assertThat(NumberRules.maximum(new BigDecimal("9999.9999999"), new BigDecimal("1E+4"), true)).isNull();
        assertThat(NumberRules.maximum(new BigDecimal("10000"), new BigDecimal("1E+4"), true)).isNotNull();
    }

    @Test
    void decimalMultiplesAreExactWhateverTheExponents() {
        assertThat(NumberRules.multipleOf(new BigDecimal("0.3"), new BigDecimal("0.1"))).isNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("0.30"), new BigDecimal("0.1"))).isNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("0.31"), new BigDecimal("0.1"))).isNotNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("7.5"), new BigDecimal("2.5"))).isNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("7.6"), new BigDecimal("2.5"))).isNotNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("1E+999999999"), new BigDecimal("0.1"))).isNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("1E+999999999"), new BigDecimal("3")).value())
                .as("shown without writing out its zeros").isEqualTo("1E+999999999");
        assertThat(NumberRules.multipleOf(new BigDecimal("1E-999999999"), new BigDecimal("0.5"))).isNotNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("40"), new BigDecimal("8E+0"))).isNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("1000"), new BigDecimal("8"))).isNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("100"), new BigDecimal("8"))).isNotNull();
        assertThat(NumberRules.multipleOf(new BigDecimal("0"), new BigDecimal("0.7"))).isNull();
    }

    @Test
    void bigIntegers() {
        BigInteger big = BigInteger.TWO.pow(100);
        assertThat(NumberRules.minimum(big, big, false)).isNull();
        assertThat(NumberRules.minimum(big, big, true)).isNotNull();
        assertThat(NumberRules.minimum(big.add(BigInteger.ONE), big, true)).isNull();
        assertThat(NumberRules.maximum(big.subtract(BigInteger.ONE), big, true)).isNull();
        assertThat(NumberRules.maximum(big.add(BigInteger.ONE), big, false)).isNotNull();
        assertThat(NumberRules.multipleOf(big, BigInteger.valueOf(4))).isNull();
        assertThat(NumberRules.multipleOf(big.add(BigInteger.ONE), BigInteger.valueOf(4))).isNotNull();
        assertThat(NumberRules.multipleOf(BigInteger.valueOf(12), BigInteger.valueOf(4))).isNull();
        assertThat(NumberRules.multipleOf(BigInteger.valueOf(13), BigInteger.valueOf(4))).isNotNull();
    }

    @Test
    void integerBoundsAdmitExactlyTheSameIntegers() {
        assertThat(IntegerBounds.minimum(new BigDecimal("0.5"), false)).isEqualTo(bound(1, false));
        assertThat(IntegerBounds.minimum(new BigDecimal("0.5"), true)).isEqualTo(bound(1, false));
        assertThat(IntegerBounds.minimum(new BigDecimal("-0.5"), false)).isEqualTo(bound(0, false));
        assertThat(IntegerBounds.minimum(new BigDecimal("3"), true)).isEqualTo(bound(3, true));
        assertThat(IntegerBounds.minimum(new BigDecimal("3.00"), false)).isEqualTo(bound(3, false));
        assertThat(IntegerBounds.maximum(new BigDecimal("9.5"), true)).isEqualTo(bound(9, false));
        assertThat(IntegerBounds.maximum(new BigDecimal("-9.5"), false)).isEqualTo(bound(-10, false));
        assertThat(IntegerBounds.maximum(new BigDecimal("1E+4"), false)).isEqualTo(bound(10000, false));
        assertThat(IntegerBounds.maximum(new BigDecimal("1E+30"), false).fitsLong()).isFalse();
        assertThat(IntegerBounds.maximum(new BigDecimal("1E+999999999"), false).value().bitLength())
                .as("absurd bounds are clamped").isLessThan(40_000);
        assertThat(IntegerBounds.divisor(new BigDecimal("1.5"))).isEqualTo(BigInteger.valueOf(3));
        assertThat(IntegerBounds.divisor(new BigDecimal("0.5"))).isEqualTo(BigInteger.ONE);
        assertThat(IntegerBounds.divisor(new BigDecimal("0.3"))).isEqualTo(BigInteger.valueOf(3));
        assertThat(IntegerBounds.divisor(new BigDecimal("2E+2"))).isEqualTo(BigInteger.valueOf(200));
    }

    private static IntegerBounds.Bound bound(long value, boolean exclusive) {
        return new IntegerBounds.Bound(BigInteger.valueOf(value), exclusive);
    }
}
