package dev.specgen.golden.eflocontrollerdescribetask;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The task status.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class DescribeTaskResponseTaskState {
    /**
     * <code>running</code>
     */
    public static final DescribeTaskResponseTaskState RUNNING = new DescribeTaskResponseTaskState("running", Value.RUNNING);

    /**
     * <code>execution_success</code>
     */
    public static final DescribeTaskResponseTaskState EXECUTION_SUCCESS = new DescribeTaskResponseTaskState("execution_success", Value.EXECUTION_SUCCESS);

    /**
     * <code>execution_fail</code>
     */
    public static final DescribeTaskResponseTaskState EXECUTION_FAIL = new DescribeTaskResponseTaskState("execution_fail", Value.EXECUTION_FAIL);

    /**
     * <code>waiting_to_run</code>
     */
    public static final DescribeTaskResponseTaskState WAITING_TO_RUN = new DescribeTaskResponseTaskState("waiting_to_run", Value.WAITING_TO_RUN);

    private static final List<DescribeTaskResponseTaskState> VALUES = List.of(RUNNING, EXECUTION_SUCCESS, EXECUTION_FAIL, WAITING_TO_RUN);

    private final String value;

    private final Value known;

    private DescribeTaskResponseTaskState(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static DescribeTaskResponseTaskState of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "running": return RUNNING;
            case "execution_success": return EXECUTION_SUCCESS;
            case "execution_fail": return EXECUTION_FAIL;
            case "waiting_to_run": return WAITING_TO_RUN;
            default: return new DescribeTaskResponseTaskState(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<DescribeTaskResponseTaskState> values() {
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
        return other instanceof DescribeTaskResponseTaskState that && value.equals(that.value);
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
         * <code>running</code>
         */
        RUNNING,

        /**
         * <code>execution_success</code>
         */
        EXECUTION_SUCCESS,

        /**
         * <code>execution_fail</code>
         */
        EXECUTION_FAIL,

        /**
         * <code>waiting_to_run</code>
         */
        WAITING_TO_RUN,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
