package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Ratios</code> values of the API.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class Ratios {
    /**
     * <code>0.5</code>
     */
    public static final Ratios _0_5 = new Ratios(0.5d, Value._0_5);

    /**
     * <code>1.5</code>
     */
    public static final Ratios _1_5 = new Ratios(1.5d, Value._1_5);

    /**
     * <code>-0.5</code>
     */
    public static final Ratios MINUS_0_5 = new Ratios(-0.5d, Value.MINUS_0_5);

    /**
     * <code>2</code>
     */
    public static final Ratios _2 = new Ratios(2d, Value._2);

    private static final List<Ratios> VALUES = List.of(_0_5, _1_5, MINUS_0_5, _2);

    private final Double value;

    private final Value known;

    private Ratios(Double value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static Ratios of(Double value) {
        Objects.requireNonNull(value, "value");
        for (Ratios candidate : VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Ratios(value, Value.UNKNOWN);
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<Ratios> values() {
        return VALUES;
    }

    /**
     * The value exactly as the service sent it or the caller gave it.
     */
    @JsonValue
    public Double value() {
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
        return other instanceof Ratios that && value.equals(that.value);
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
         * <code>0.5</code>
         */
        _0_5,

        /**
         * <code>1.5</code>
         */
        _1_5,

        /**
         * <code>-0.5</code>
         */
        MINUS_0_5,

        /**
         * <code>2</code>
         */
        _2,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
