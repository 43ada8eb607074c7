package dev.specgen.runtime.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value of an OpenAPI {@code format: date} field, as received.
 *
 * <p>Like {@link LenientDateTime}, it never rejects a value: it keeps the text exactly as
 * received, writes it back unchanged, and interprets it on request. Understood, besides
 * {@code 2022-12-15}:
 *
 * <ul>
 *   <li>'/' or '.' between the parts, one-digit month or day: {@code 2022/12/15}, {@code 2022-1-5};
 *   <li>a compact date: {@code 20221215};
 *   <li>a date-time, whose date is taken as written, in its own offset and not converted to
 *       UTC: {@code 2022-12-15T00:00:00+08:00} is 2022-12-15;
 *   <li>epoch seconds or milliseconds (decided by magnitude as for {@link LenientDateTime}),
 *       whose date is taken in UTC.
 * </ul>
 *
 * <p>Day-first and month-first dates ({@code 15/12/2022}, {@code 12/15/2022}) are ambiguous and
 * are not interpreted.
 *
 * <p>JSON: read from a string or a number, always written as a JSON string holding the raw text.
 * Equality is on the raw text.
 */
public final class LenientDate implements Comparable<LenientDate> {

    /** Understood values first, by date then raw text; the rest last, by raw text. See {@link LenientDateTime}. */
    private static final Comparator<LenientDate> ORDER = Comparator
            .comparing((LenientDate v) -> v.parsed, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(v -> v.raw);

    private final String raw;
    private final @Nullable LocalDate parsed;

    private LenientDate(String raw, @Nullable LocalDate parsed) {
        this.raw = raw;
        this.parsed = parsed;
    }

    /**
     * Wraps {@code text}, whatever it holds. Never throws for non-null text.
     *
     * @param text the value as received; kept verbatim, surrounding whitespace included
     */
    public static LenientDate parse(String text) {
        Objects.requireNonNull(text, "text");
        return new LenientDate(text, LenientParsing.date(text).orElse(null));
    }

    /** @return a value whose raw text is {@code value} in ISO-8601, e.g. {@code 2022-12-15} */
    public static LenientDate of(LocalDate value) {
        return new LenientDate(value.format(DateTimeFormatter.ISO_LOCAL_DATE), value);
    }

    /**
     * Creates a value from what a JSON parser read: a string, or a number of epoch seconds or
     * milliseconds. For Jackson; application code calls {@link #parse}.
     *
     * @throws IllegalArgumentException for JSON objects and arrays
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static @Nullable LenientDate fromJson(@Nullable Object json) {
        String text = JsonScalars.toText(json, LenientDate.class);
        return text == null ? null : parse(text);
    }

    /** @return exactly the text that was received; this is what is serialized */
    @JsonValue
    public String raw() {
        return raw;
    }

    /** @return the date, or empty when the value is not understood */
    public Optional<LocalDate> toLocalDate() {
        return Optional.ofNullable(parsed);
    }

    /**
     * @return the date, as {@link #toLocalDate()}
     * @throws DateTimeException naming the raw value, when it is not understood
     */
    public LocalDate toLocalDateOrThrow() {
        if (parsed == null) {
            throw new DateTimeException("Cannot read '" + raw + "' as a date; the value as received is available"
                    + " from raw()");
        }
        return parsed;
    }

    /** Orders by date, then by raw text; values that are not understood sort last, by raw text. */
    @Override
    public int compareTo(LenientDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LenientDate that && raw.equals(that.raw);
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
