package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Colliding</code> values of the API.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class Colliding {
    /**
     * <code>a-b</code>
     */
    public static final Colliding A_B2 = new Colliding("a-b", Value.A_B2);

    /**
     * <code>a_b</code>
     */
    public static final Colliding A_B4 = new Colliding("a_b", Value.A_B4);

    /**
     * <code>A B</code>
     */
    public static final Colliding A_B = new Colliding("A B", Value.A_B);

    /**
     * <code>aB</code>
     */
    public static final Colliding A_B3 = new Colliding("aB", Value.A_B3);

    /**
     * <code></code>
     */
    public static final Colliding EMPTY = new Colliding("", Value.EMPTY);

    /**
     * <code>1st</code>
     */
    public static final Colliding _1_ST = new Colliding("1st", Value._1_ST);

    /**
     * <code>class</code>
     */
    public static final Colliding CLASS = new Colliding("class", Value.CLASS);

    private static final List<Colliding> VALUES = List.of(A_B2, A_B4, A_B, A_B3, EMPTY, _1_ST, CLASS);

    private final String value;

    private final Value known;

    private Colliding(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static Colliding of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "a-b": return A_B2;
            case "a_b": return A_B4;
            case "A B": return A_B;
            case "aB": return A_B3;
            case "": return EMPTY;
            case "1st": return _1_ST;
            case "class": return CLASS;
            default: return new Colliding(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<Colliding> values() {
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
        return other instanceof Colliding that && value.equals(that.value);
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
         * <code>a-b</code>
         */
        A_B2,

        /**
         * <code>a_b</code>
         */
        A_B4,

        /**
         * <code>A B</code>
         */
        A_B,

        /**
         * <code>aB</code>
         */
        A_B3,

        /**
         * <code></code>
         */
        EMPTY,

        /**
         * <code>1st</code>
         */
        _1_ST,

        /**
         * <code>class</code>
         */
        CLASS,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
