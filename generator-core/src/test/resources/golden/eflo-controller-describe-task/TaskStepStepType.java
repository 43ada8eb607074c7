package dev.specgen.golden.eflocontrollerdescribetask;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The type of the step.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class TaskStepStepType {
    /**
     * <code>normal</code>: A normal step has only one successor step.
     */
    public static final TaskStepStepType NORMAL = new TaskStepStepType("normal", Value.NORMAL);

    /**
     * <code>dispersive</code>: A dispersive step has multiple successor steps.
     */
    public static final TaskStepStepType DISPERSIVE = new TaskStepStepType("dispersive", Value.DISPERSIVE);

    private static final List<TaskStepStepType> VALUES = List.of(NORMAL, DISPERSIVE);

    private final String value;

    private final Value known;

    private TaskStepStepType(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static TaskStepStepType of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "normal": return NORMAL;
            case "dispersive": return DISPERSIVE;
            default: return new TaskStepStepType(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<TaskStepStepType> values() {
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
        return other instanceof TaskStepStepType that && value.equals(that.value);
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
         * <code>normal</code>: A normal step has only one successor step.
         */
        NORMAL,

        /**
         * <code>dispersive</code>: A dispersive step has multiple successor steps.
         */
        DISPERSIVE,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
