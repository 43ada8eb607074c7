package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The <code>HugeCodes</code> values of the API.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class HugeCodes {
    /**
     * <code>1</code>
     */
    public static final HugeCodes _1 = new HugeCodes(new BigInteger("1"), Value._1);

    /**
     * <code>18446744073709551615</code>
     */
    public static final HugeCodes _18446744073709551615 = new HugeCodes(new BigInteger("18446744073709551615"), Value._18446744073709551615);

    private static final List<HugeCodes> VALUES = List.of(_1, _18446744073709551615);

    private final BigInteger value;

    private final Value known;

    private HugeCodes(BigInteger value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static HugeCodes of(BigInteger value) {
        Objects.requireNonNull(value, "value");
        for (HugeCodes candidate : VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new HugeCodes(value, Value.UNKNOWN);
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<HugeCodes> values() {
        return VALUES;
    }

    /**
     * The value exactly as the service sent it or the caller gave it.
     */
    @JsonValue
    public BigInteger value() {
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
        return other instanceof HugeCodes that && value.equals(that.value);
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
         * <code>1</code>
         */
        _1,

        /**
         * <code>18446744073709551615</code>
         */
        _18446744073709551615,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
