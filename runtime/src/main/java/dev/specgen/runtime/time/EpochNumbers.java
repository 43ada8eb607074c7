package dev.specgen.runtime.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number of seconds or milliseconds since 1970-01-01T00:00:00Z.
 *
 * <p>Services rarely say which unit they use, so the magnitude decides: an absolute value below
 * {@value #SMALLEST_MILLIS} is seconds, anything larger is milliseconds. As seconds, that
 * limit is the year 5138; as milliseconds it is 1973-03-03. So every seconds value a service
 * plausibly sends, and every milliseconds value after early 1973, is read correctly; only
 * millisecond timestamps from 1970 to early 1973 are misread (as seconds).
 */
final class EpochNumbers {

    static final long SMALLEST_MILLIS = 100_000_000_000L;

    /** Digits only, optionally signed and with a fraction; no exponent, so the size stays bounded. */
    private static final Pattern EPOCH = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private EpochNumbers() {}

    /** @return true when {@code text} has the shape of an epoch number, even one out of range */
    static boolean looksLikeEpoch(String text) {
        return EPOCH.matcher(text).matches();
    }

    /** @return the instant {@code text} denotes, or empty when it is not an epoch number in range */
    static Optional<Instant> parse(String text) {
        if (!looksLikeEpoch(text)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        BigDecimal seconds = value.abs().compareTo(BigDecimal.valueOf(SMALLEST_MILLIS)) < 0
                ? value
                : value.divide(THOUSAND);
        BigDecimal wholeSeconds = seconds.setScale(0, RoundingMode.FLOOR);
        long nanos = seconds.subtract(wholeSeconds).movePointRight(9).longValue();
        // Instant covers about ±292 billion years, and 18 digits of milliseconds stay well within it.
        return Optional.of(Instant.ofEpochSecond(wholeSeconds.longValueExact(), nanos));
    }
}
