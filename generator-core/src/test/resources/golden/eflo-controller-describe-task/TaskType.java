package dev.specgen.golden.eflocontrollerdescribetask;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The task type. The page lists the same values for the task's TaskType and for a sub-task's TaskType, so both refer to this schema.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class TaskType {
    /**
     * <code>reclone_node_sub_task</code>
     */
    public static final TaskType RECLONE_NODE_SUB_TASK = new TaskType("reclone_node_sub_task", Value.RECLONE_NODE_SUB_TASK);

    /**
     * <code>initialize_bare_cluster</code>
     */
    public static final TaskType INITIALIZE_BARE_CLUSTER = new TaskType("initialize_bare_cluster", Value.INITIALIZE_BARE_CLUSTER);

    /**
     * <code>extend_bare_cluster</code>
     */
    public static final TaskType EXTEND_BARE_CLUSTER = new TaskType("extend_bare_cluster", Value.EXTEND_BARE_CLUSTER);

    /**
     * <code>reclone_node</code>
     */
    public static final TaskType RECLONE_NODE = new TaskType("reclone_node", Value.RECLONE_NODE);

    /**
     * <code>reboot_node</code>
     */
    public static final TaskType REBOOT_NODE = new TaskType("reboot_node", Value.REBOOT_NODE);

    /**
     * <code>extend_ack_edge_cluster</code>
     */
    public static final TaskType EXTEND_ACK_EDGE_CLUSTER = new TaskType("extend_ack_edge_cluster", Value.EXTEND_ACK_EDGE_CLUSTER);

    /**
     * <code>extend_cluster</code>
     */
    public static final TaskType EXTEND_CLUSTER = new TaskType("extend_cluster", Value.EXTEND_CLUSTER);

    /**
     * <code>initialize_ack_edge_cluster</code>
     */
    public static final TaskType INITIALIZE_ACK_EDGE_CLUSTER = new TaskType("initialize_ack_edge_cluster", Value.INITIALIZE_ACK_EDGE_CLUSTER);

    /**
     * <code>cut_node_sub_task</code>
     */
    public static final TaskType CUT_NODE_SUB_TASK = new TaskType("cut_node_sub_task", Value.CUT_NODE_SUB_TASK);

    /**
     * <code>reboot_node_sub_task</code>
     */
    public static final TaskType REBOOT_NODE_SUB_TASK = new TaskType("reboot_node_sub_task", Value.REBOOT_NODE_SUB_TASK);

    /**
     * <code>reclone_ack_edge_node</code>
     */
    public static final TaskType RECLONE_ACK_EDGE_NODE = new TaskType("reclone_ack_edge_node", Value.RECLONE_ACK_EDGE_NODE);

    /**
     * <code>initialize_cluster</code>
     */
    public static final TaskType INITIALIZE_CLUSTER = new TaskType("initialize_cluster", Value.INITIALIZE_CLUSTER);

    /**
     * <code>cut_cluster</code>
     */
    public static final TaskType CUT_CLUSTER = new TaskType("cut_cluster", Value.CUT_CLUSTER);

    /**
     * <code>reclone_bare_node</code>
     */
    public static final TaskType RECLONE_BARE_NODE = new TaskType("reclone_bare_node", Value.RECLONE_BARE_NODE);

    /**
     * <code>cut_bare_cluster</code>
     */
    public static final TaskType CUT_BARE_CLUSTER = new TaskType("cut_bare_cluster", Value.CUT_BARE_CLUSTER);

    private static final List<TaskType> VALUES = List.of(RECLONE_NODE_SUB_TASK, INITIALIZE_BARE_CLUSTER, EXTEND_BARE_CLUSTER, RECLONE_NODE, REBOOT_NODE, EXTEND_ACK_EDGE_CLUSTER, EXTEND_CLUSTER, INITIALIZE_ACK_EDGE_CLUSTER, CUT_NODE_SUB_TASK, REBOOT_NODE_SUB_TASK, RECLONE_ACK_EDGE_NODE, INITIALIZE_CLUSTER, CUT_CLUSTER, RECLONE_BARE_NODE, CUT_BARE_CLUSTER);

    private final String value;

    private final Value known;

    private TaskType(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static TaskType of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "reclone_node_sub_task": return RECLONE_NODE_SUB_TASK;
            case "initialize_bare_cluster": return INITIALIZE_BARE_CLUSTER;
            case "extend_bare_cluster": return EXTEND_BARE_CLUSTER;
            case "reclone_node": return RECLONE_NODE;
            case "reboot_node": return REBOOT_NODE;
            case "extend_ack_edge_cluster": return EXTEND_ACK_EDGE_CLUSTER;
            case "extend_cluster": return EXTEND_CLUSTER;
            case "initialize_ack_edge_cluster": return INITIALIZE_ACK_EDGE_CLUSTER;
            case "cut_node_sub_task": return CUT_NODE_SUB_TASK;
            case "reboot_node_sub_task": return REBOOT_NODE_SUB_TASK;
            case "reclone_ack_edge_node": return RECLONE_ACK_EDGE_NODE;
            case "initialize_cluster": return INITIALIZE_CLUSTER;
            case "cut_cluster": return CUT_CLUSTER;
            case "reclone_bare_node": return RECLONE_BARE_NODE;
            case "cut_bare_cluster": return CUT_BARE_CLUSTER;
            default: return new TaskType(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<TaskType> values() {
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
        return other instanceof TaskType that && value.equals(that.value);
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
         * <code>reclone_node_sub_task</code>
         */
        RECLONE_NODE_SUB_TASK,

        /**
         * <code>initialize_bare_cluster</code>
         */
        INITIALIZE_BARE_CLUSTER,

        /**
         * <code>extend_bare_cluster</code>
         */
        EXTEND_BARE_CLUSTER,

        /**
         * <code>reclone_node</code>
         */
        RECLONE_NODE,

        /**
         * <code>reboot_node</code>
         */
        REBOOT_NODE,

        /**
         * <code>extend_ack_edge_cluster</code>
         */
        EXTEND_ACK_EDGE_CLUSTER,

        /**
         * <code>extend_cluster</code>
         */
        EXTEND_CLUSTER,

        /**
         * <code>initialize_ack_edge_cluster</code>
         */
        INITIALIZE_ACK_EDGE_CLUSTER,

        /**
         * <code>cut_node_sub_task</code>
         */
        CUT_NODE_SUB_TASK,

        /**
         * <code>reboot_node_sub_task</code>
         */
        REBOOT_NODE_SUB_TASK,

        /**
         * <code>reclone_ack_edge_node</code>
         */
        RECLONE_ACK_EDGE_NODE,

        /**
         * <code>initialize_cluster</code>
         */
        INITIALIZE_CLUSTER,

        /**
         * <code>cut_cluster</code>
         */
        CUT_CLUSTER,

        /**
         * <code>reclone_bare_node</code>
         */
        RECLONE_BARE_NODE,

        /**
         * <code>cut_bare_cluster</code>
         */
        CUT_BARE_CLUSTER,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
