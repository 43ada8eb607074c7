package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Event version</code> values of the API.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class EventVersion {
    /**
     * <code>2</code>
     */
    public static final EventVersion _2 = new EventVersion(2L, Value._2);

    private static final List<EventVersion> VALUES = List.of(_2);

    private final Long value;

    private final Value known;

    private EventVersion(Long value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static EventVersion of(Long value) {
        Objects.requireNonNull(value, "value");
        for (EventVersion candidate : VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new EventVersion(value, Value.UNKNOWN);
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<EventVersion> values() {
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
        return other instanceof EventVersion that && value.equals(that.value);
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
         * <code>2</code>
         */
        _2,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
