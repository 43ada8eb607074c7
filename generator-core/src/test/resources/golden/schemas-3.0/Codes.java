package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Codes</code> values of the API.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class Codes {
    /**
     * <code>-1</code>
     */
    public static final Codes MINUS_1 = new Codes(-1L, Value.MINUS_1);

    /**
     * <code>0</code>
     */
    public static final Codes _0 = new Codes(0L, Value._0);

    /**
     * <code>1</code>
     */
    public static final Codes _1 = new Codes(1L, Value._1);

    /**
     * <code>10</code>
     */
    public static final Codes _10 = new Codes(10L, Value._10);

    private static final List<Codes> VALUES = List.of(MINUS_1, _0, _1, _10);

    private final Long value;

    private final Value known;

    private Codes(Long value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static Codes of(Long value) {
        Objects.requireNonNull(value, "value");
        for (Codes candidate : VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Codes(value, Value.UNKNOWN);
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<Codes> values() {
        return VALUES;
    }

    /**
     * The value exactly as the service sent it or the caller gave it.
     */
    @JsonValue
    public Long value() {
        return value;
    }

    /**
     * The listed value this is, or {@link Value#UNKNOWN}; made for {@code switch}.
     */
    public Value known() {
        return known;
    }

    /**
     * Whether the spec lists this value.
     */
    public boolean isKnown() {
        return known != Value.UNKNOWN;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Codes that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * The values the spec lists, and {@link #UNKNOWN} for any other.
     */
    public enum Value {
        /**
         * <code>-1</code>
         */
        MINUS_1,

        /**
         * <code>0</code>
         */
        _0,

        /**
         * <code>1</code>
         */
        _1,

        /**
         * <code>10</code>
         */
        _10,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
