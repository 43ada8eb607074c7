package dev.specgen.runtime.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lenient reading of date and date-time text shared by {@link LenientDateTime} and
 * {@link LenientDate}. Every method returns empty instead of throwing.
 */
final class LenientParsing {

    /**
     * ISO-8601 and its common relaxations: '/' or '.' between date parts, one-digit month, day,
     * hour, minute or second, a space instead of 'T', a fraction of any length (',' or '.'),
     * an offset with or without ':', minutes, or a space before it, "UTC"/"GMT" for Z, or no
     * offset at all.
     */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
                    + "(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,18}))?)?)?"
                    + "\\s*(?:([Zz]|UTC|GMT)|([+-])(\\d{1,2})(?::?(\\d{2}))?)?");

    /** Eight digits are a compact date (20221215) rather than an epoch number in a date field. */
    private static final Pattern BASIC_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private static final int NANO_DIGITS = 9;

    private LenientParsing() {}

    /**
     * Reads {@code text} as a date-time.
     *
     * @return the date-time with the offset it was written with; UTC when it has none (a bare
     *     date reads as its start of day in UTC); UTC for epoch numbers
     */
    static Optional<OffsetDateTime> dateTime(String text) {
        String trimmed = text.strip();
        try {
            if (EpochNumbers.looksLikeEpoch(trimmed)) {
                return EpochNumbers.parse(trimmed).map(instant -> instant.atOffset(ZoneOffset.UTC));
            }
            Matcher m = DATE_TIME.matcher(trimmed);
            if (m.matches()) {
                return Optional.of(fromGroups(m));
            }
            return standardFormats(trimmed);
        } catch (DateTimeException | ArithmeticException outOfRange) {
            return Optional.empty();
        }
    }

    /**
     * Reads {@code text} as a calendar date.
     *
     * @return the date as written: a date-time's own date in its own offset, not converted to
     *     UTC ({@code 2022-12-15T00:00:00+08:00} is 2022-12-15); an epoch number's date in UTC
     */
    static Optional<LocalDate> date(String text) {
        String trimmed = text.strip();
        Matcher basic = BASIC_DATE.matcher(trimmed);
        if (basic.matches()) {
            try {
                return Optional.of(LocalDate.of(number(basic, 1), number(basic, 2), number(basic, 3)));
            } catch (DateTimeException notADate) {
                // Fall through: it may still be an epoch number.
            }
        }
        return dateTime(trimmed).map(OffsetDateTime::toLocalDate);
    }

    private static OffsetDateTime fromGroups(Matcher m) {
        LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
        if (m.group(4) == null) {
            return date.atStartOfDay().atOffset(offset(m));
        }
        int hour = number(m, 4);
        int minute = number(m, 5);
        int second = m.group(6) == null ? 0 : number(m, 6);
        int nanos = m.group(7) == null ? 0 : nanos(m.group(7));
        // ISO-8601 allows 24:00 for the end of the day, and UTC has leap seconds: java.time has neither.
        boolean endOfDay = hour == 24 && minute == 0 && second == 0 && nanos == 0;
        LocalDateTime local = endOfDay
                ? date.plusDays(1).atStartOfDay()
                : date.atTime(hour, minute, second == 60 ? 59 : second, nanos);
        return local.atOffset(offset(m));
    }

    private static ZoneOffset offset(Matcher m) {
        if (m.group(9) == null) {
            return ZoneOffset.UTC; // "Z", "UTC", "GMT", or no offset at all
        }
        int sign = m.group(9).equals("-") ? -1 : 1;
        int minutes = m.group(11) == null ? 0 : number(m, 11);
        return ZoneOffset.ofHoursMinutes(sign * number(m, 10), sign * minutes);
    }

    /** Region ids ({@code ...+08:00[Asia/Shanghai]}) and HTTP dates ({@code Tue, 3 Jun 2008 11:05:30 GMT}). */
    private static Optional<OffsetDateTime> standardFormats(String text) {
        for (DateTimeFormatter format :
                new DateTimeFormatter[] {DateTimeFormatter.ISO_ZONED_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME}) {
            try {
                return Optional.of(ZonedDateTime.parse(text, format).toOffsetDateTime());
            } catch (DateTimeException notThisFormat) {
                // Try the next one.
            }
        }
        return Optional.empty();
    }

    private static int nanos(String fraction) {
        String nineDigits = fraction.length() >= NANO_DIGITS
                ? fraction.substring(0, NANO_DIGITS)
                : fraction + "0".repeat(NANO_DIGITS - fraction.length());
        return Integer.parseInt(nineDigits);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
