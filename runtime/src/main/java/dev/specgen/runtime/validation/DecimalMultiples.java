package dev.specgen.runtime.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact {@code multipleOf} for decimals, in time and memory bounded by the digits of the two numbers
 * and not by their exponents ({@code 1E+999999999} is a multiple of {@code 0.1} without writing out a
 * billion zeros).
 */
final class DecimalMultiples {

    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private DecimalMultiples() {}

    /** @param divisor positive */
    static boolean isMultiple(BigDecimal value, BigDecimal divisor) {
        if (value.signum() == 0) {
            return true;
        }
        // value = u * 10^a and divisor = v * 10^b, so value / divisor = (u / v) * 10^(a - b).
        BigDecimal x = value.stripTrailingZeros();
        BigDecimal y = divisor.stripTrailingZeros();
        BigInteger u = x.unscaledValue().abs();
        BigInteger v = y.unscaledValue();
        long k = (long) y.scale() - x.scale();
        if (k < 0) {
            // v * 10^-k must divide u; it cannot when it has more digits than u.
            if (-k > x.precision()) {
                return false;
            }
            return u.mod(v.multiply(BigInteger.TEN.pow((int) -k))).signum() == 0;
        }
        // v must divide u * 10^k: the factors 2 and 5 of v that 10^k supplies need not divide u.
        BigInteger rest = v;
        int twos = 0;
        while (rest.signum() != 0 && !rest.testBit(0)) {
            rest = rest.shiftRight(1);
            twos++;
        }
        int fives = 0;
        while (rest.mod(FIVE).signum() == 0) {
            rest = rest.divide(FIVE);
            fives++;
        }
        BigInteger needed = rest
                .multiply(TWO.pow((int) Math.max(0, twos - Math.min(k, twos))))
                .multiply(FIVE.pow((int) Math.max(0, fives - Math.min(k, fives))));
        return u.mod(needed).signum() == 0;
    }
}
