package dev.specgen.runtime.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value of an OpenAPI {@code format: date-time} field, as received.
 *
 * <p>Services send date-times in looser shapes than RFC 3339 ({@code 2022-11-30T2:00:00.852Z},
 * {@code 2022-12-15 23:00:00}, epoch milliseconds as text or as a JSON number). This type never
 * rejects a value: it keeps the text exactly as received, writes it back unchanged, and
 * interprets it on request:
 *
 * <ul>
 *   <li>ISO-8601 and its common relaxations: a space instead of 'T', one-digit fields, '/'
 *       between date parts, any fraction length, offsets as {@code Z}, {@code UTC},
 *       {@code +08:00}, {@code +0800} or {@code +08}, a bare date (start of day);
 *   <li>ISO values with a region ({@code 2020-11-10T16:02:04+08:00[Asia/Shanghai]}) and HTTP
 *       dates ({@code Tue, 3 Jun 2008 11:05:30 GMT});
 *   <li>epoch numbers: seconds when the absolute value is below 100,000,000,000, otherwise
 *       milliseconds (so seconds up to the year 5138, milliseconds from March 1973 on).
 * </ul>
 *
 * <p><b>Values without an offset are read as UTC.</b> The server's zone is unknown to the
 * client, and UTC at least gives every caller the same answer; when the service is known to
 * mean another zone, read {@code toOffsetDateTime().map(OffsetDateTime::toLocalDateTime)} and
 * apply that zone.
 *
 * <p>JSON: read from a string, or from a number (whose decimal digits become the raw text), and
 * always written as a JSON string holding the raw text. A string round-trips byte for byte; a
 * number comes back as a string of the same digits, which is what the spec's
 * {@code type: string} asks for. Only {@code com.fasterxml.jackson.annotation} is used, so this
 * works with Jackson 2 and Jackson 3.
 *
 * <p>Equality is on the raw text: {@code 2022-01-01T00:00:00Z} and
 * {@code 2022-01-01T00:00:00.000Z} are different values that denote the same instant.
 */
public final class LenientDateTime implements Comparable<LenientDateTime> {

    /**
     * Values that denote an instant come first, by instant (then by raw text, so that the order
     * agrees with {@link #equals}); values that do not come last, by raw text. Comparing "by
     * instant when both parse, else by raw text" would not be transitive, and sorting could fail.
     */
    private static final Comparator<LenientDateTime> ORDER = Comparator
            .comparing((LenientDateTime v) -> v.instant, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(v -> v.raw);

    private final String raw;
    private final @Nullable OffsetDateTime parsed;
    private final @Nullable Instant instant;

    private LenientDateTime(String raw, @Nullable OffsetDateTime parsed) {
        this.raw = raw;
        this.parsed = parsed;
        this.instant = parsed == null ? null : parsed.toInstant();
    }

    /**
     * Wraps {@code text}, whatever it holds. Never throws for non-null text.
     *
     * @param text the value as received; kept verbatim, surrounding whitespace included
     */
    public static LenientDateTime parse(String text) {
        Objects.requireNonNull(text, "text");
        return new LenientDateTime(text, LenientParsing.dateTime(text).orElse(null));
    }

    /** @return a value whose raw text is {@code value} in ISO-8601, e.g. {@code 2022-11-30T02:20:14.852Z} */
    public static LenientDateTime of(OffsetDateTime value) {
        return new LenientDateTime(value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), value);
    }

    /** @return a value whose raw text is {@code value} in ISO-8601 UTC, e.g. {@code 2022-11-30T02:20:14.852Z} */
    public static LenientDateTime of(Instant value) {
        return of(value.atOffset(ZoneOffset.UTC));
    }

    /**
     * Creates a value from what a JSON parser read: a string, or a number of epoch seconds or
     * milliseconds. For Jackson; application code calls {@link #parse}.
     *
     * @throws IllegalArgumentException for JSON objects and arrays
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static @Nullable LenientDateTime fromJson(@Nullable Object json) {
        String text = JsonScalars.toText(json, LenientDateTime.class);
        return text == null ? null : parse(text);
    }

    /** @return exactly the text that was received; this is what is serialized */
    @JsonValue
    public String raw() {
        return raw;
    }

    /** @return the date-time, in the offset it was written with (UTC when it had none), or empty when not understood */
    public Optional<OffsetDateTime> toOffsetDateTime() {
        return Optional.ofNullable(parsed);
    }

    /**
     * @return the date-time, as {@link #toOffsetDateTime()}
     * @throws DateTimeException naming the raw value, when it is not understood
     */
    public OffsetDateTime toOffsetDateTimeOrThrow() {
        if (parsed == null) {
            throw new DateTimeException("Cannot read '" + raw + "' as a date-time; the value as received is"
                    + " available from raw()");
        }
        return parsed;
    }

    /** @return the instant denoted, or empty when the value is not understood */
    public Optional<Instant> toInstant() {
        return Optional.ofNullable(instant);
    }

    /** Orders by instant, then by raw text; values that are not understood sort last, by raw text. */
    @Override
    public int compareTo(LenientDateTime other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LenientDateTime that && raw.equals(that.raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    /** @return the raw text */
    @Override
    public String toString() {
        return raw;
    }
}
