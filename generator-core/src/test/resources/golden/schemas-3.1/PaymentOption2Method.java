package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Payment option 2 method</code> values of the API.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class PaymentOption2Method {
    /**
     * <code>sepa</code>
     */
    public static final PaymentOption2Method SEPA = new PaymentOption2Method("sepa", Value.SEPA);

    private static final List<PaymentOption2Method> VALUES = List.of(SEPA);

    private final String value;

    private final Value known;

    private PaymentOption2Method(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static PaymentOption2Method of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "sepa": return SEPA;
            default: return new PaymentOption2Method(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<PaymentOption2Method> values() {
        return VALUES;
    }

    /**
     * The value exactly as the service sent it or the caller gave it.
     */
    @JsonValue
    public String value() {
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
        return other instanceof PaymentOption2Method that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * The values the spec lists, and {@link #UNKNOWN} for any other.
     */
    public enum Value {
        /**
         * <code>sepa</code>
         */
        SEPA,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
