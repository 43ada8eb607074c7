package dev.specgen.golden.csdescribetaskinfo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The status of the scale-out task. The page lists `success` twice, the second time with the meaning "The scale-out task failed."; it lists no separate failure value.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class TaskResultStatus {
    /**
     * <code>success</code>: The scale-out task is successful. (The page lists this value a second time meaning "The scale-out task failed."; a failure value, if the service sends one, is kept as an unknown value.)
     */
    public static final TaskResultStatus SUCCESS = new TaskResultStatus("success", Value.SUCCESS);

    /**
     * <code>initial</code>: The scale-out task is being initialized.
     */
    public static final TaskResultStatus INITIAL = new TaskResultStatus("initial", Value.INITIAL);

    private static final List<TaskResultStatus> VALUES = List.of(SUCCESS, INITIAL);

    private final String value;

    private final Value known;

    private TaskResultStatus(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static TaskResultStatus of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "success": return SUCCESS;
            case "initial": return INITIAL;
            default: return new TaskResultStatus(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<TaskResultStatus> values() {
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
        return other instanceof TaskResultStatus that && value.equals(that.value);
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
         * <code>success</code>: The scale-out task is successful. (The page lists this value a second time meaning "The scale-out task failed."; a failure value, if the service sends one, is kept as an unknown value.)
         */
        SUCCESS,

        /**
         * <code>initial</code>: The scale-out task is being initialized.
         */
        INITIAL,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
