package dev.specgen.golden.csdescribetaskinfo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The status of the task.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class DescribeTaskInfoResponseState {
    /**
     * <code>running</code>: The task is running.
     */
    public static final DescribeTaskInfoResponseState RUNNING = new DescribeTaskInfoResponseState("running", Value.RUNNING);

    /**
     * <code>failed</code>: The task failed.
     */
    public static final DescribeTaskInfoResponseState FAILED = new DescribeTaskInfoResponseState("failed", Value.FAILED);

    /**
     * <code>success</code>: The task is complete.
     */
    public static final DescribeTaskInfoResponseState SUCCESS = new DescribeTaskInfoResponseState("success", Value.SUCCESS);

    private static final List<DescribeTaskInfoResponseState> VALUES = List.of(RUNNING, FAILED, SUCCESS);

    private final String value;

    private final Value known;

    private DescribeTaskInfoResponseState(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static DescribeTaskInfoResponseState of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "running": return RUNNING;
            case "failed": return FAILED;
            case "success": return SUCCESS;
            default: return new DescribeTaskInfoResponseState(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<DescribeTaskInfoResponseState> values() {
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
        return other instanceof DescribeTaskInfoResponseState that && value.equals(that.value);
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
         * <code>running</code>: The task is running.
         */
        RUNNING,

        /**
         * <code>failed</code>: The task failed.
         */
        FAILED,

        /**
         * <code>success</code>: The task is complete.
         */
        SUCCESS,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
