package dev.specgen.golden.eflocontrollerdescribetask;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The step status.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class TaskStepStepState {
    /**
     * <code>execution_success</code>
     */
    public static final TaskStepStepState EXECUTION_SUCCESS = new TaskStepStepState("execution_success", Value.EXECUTION_SUCCESS);

    /**
     * <code>execution_failed</code>
     */
    public static final TaskStepStepState EXECUTION_FAILED = new TaskStepStepState("execution_failed", Value.EXECUTION_FAILED);

    private static final List<TaskStepStepState> VALUES = List.of(EXECUTION_SUCCESS, EXECUTION_FAILED);

    private final String value;

    private final Value known;

    private TaskStepStepState(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static TaskStepStepState of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "execution_success": return EXECUTION_SUCCESS;
            case "execution_failed": return EXECUTION_FAILED;
            default: return new TaskStepStepState(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<TaskStepStepState> values() {
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
        return other instanceof TaskStepStepState that && value.equals(that.value);
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
         * <code>execution_success</code>
         */
        EXECUTION_SUCCESS,

        /**
         * <code>execution_failed</code>
         */
        EXECUTION_FAILED,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
