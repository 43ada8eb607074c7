package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Sms channel</code> values of the API.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class SmsChannel {
    /**
     * <code>sms</code>
     */
    public static final SmsChannel SMS = new SmsChannel("sms", Value.SMS);

    /**
     * <code>text</code>
     */
    public static final SmsChannel TEXT = new SmsChannel("text", Value.TEXT);

    private static final List<SmsChannel> VALUES = List.of(SMS, TEXT);

    private final String value;

    private final Value known;

    private SmsChannel(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static SmsChannel of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "sms": return SMS;
            case "text": return TEXT;
            default: return new SmsChannel(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<SmsChannel> values() {
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
        return other instanceof SmsChannel that && value.equals(that.value);
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
         * <code>sms</code>
         */
        SMS,

        /**
         * <code>text</code>
         */
        TEXT,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
