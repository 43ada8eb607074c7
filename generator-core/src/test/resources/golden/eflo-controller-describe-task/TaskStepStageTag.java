package dev.specgen.golden.eflocontrollerdescribetask;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stage marker.
 *
 * <p>Open: a value the spec does not list is kept as received, with {@link #known()} returning {@link Value#UNKNOWN}.
 */
public final class TaskStepStageTag {
    /**
     * <code>机器释放</code>: Machine release.
     */
    public static final TaskStepStageTag MACHINE_RELEASE = new TaskStepStageTag("机器释放", Value.MACHINE_RELEASE);

    /**
     * <code>节点并发初始化</code>: Node concurrent initialization.
     */
    public static final TaskStepStageTag NODE_CONCURRENT_INITIALIZATION = new TaskStepStageTag("节点并发初始化", Value.NODE_CONCURRENT_INITIALIZATION);

    /**
     * <code>节点释放</code>: Node release.
     */
    public static final TaskStepStageTag NODE_RELEASE = new TaskStepStageTag("节点释放", Value.NODE_RELEASE);

    /**
     * <code>机器替换</code>: Machine replacement.
     */
    public static final TaskStepStageTag MACHINE_REPLACEMENT = new TaskStepStageTag("机器替换", Value.MACHINE_REPLACEMENT);

    /**
     * <code>节点缩容</code>: Node scale-in.
     */
    public static final TaskStepStageTag NODE_SCALE_IN = new TaskStepStageTag("节点缩容", Value.NODE_SCALE_IN);

    /**
     * <code>提前续费</code>: Early renewal.
     */
    public static final TaskStepStageTag EARLY_RENEWAL = new TaskStepStageTag("提前续费", Value.EARLY_RENEWAL);

    /**
     * <code>物理机清理</code>: Physical machine cleanup.
     */
    public static final TaskStepStageTag PHYSICAL_MACHINE_CLEANUP = new TaskStepStageTag("物理机清理", Value.PHYSICAL_MACHINE_CLEANUP);

    /**
     * <code>节点清理</code>: Node cleanup.
     */
    public static final TaskStepStageTag NODE_CLEANUP = new TaskStepStageTag("节点清理", Value.NODE_CLEANUP);

    /**
     * <code>创建 K8s 集群</code>: Create Kubernetes cluster.
     */
    public static final TaskStepStageTag CREATE_KUBERNETES_CLUSTER = new TaskStepStageTag("创建 K8s 集群", Value.CREATE_KUBERNETES_CLUSTER);

    /**
     * <code>网络初始化</code>: Network initialization.
     */
    public static final TaskStepStageTag NETWORK_INITIALIZATION = new TaskStepStageTag("网络初始化", Value.NETWORK_INITIALIZATION);

    /**
     * <code>节点重启</code>: Node restart.
     */
    public static final TaskStepStageTag NODE_RESTART = new TaskStepStageTag("节点重启", Value.NODE_RESTART);

    /**
     * <code>节点退订</code>: Node unsubscribe.
     */
    public static final TaskStepStageTag NODE_UNSUBSCRIBE = new TaskStepStageTag("节点退订", Value.NODE_UNSUBSCRIBE);

    /**
     * <code>集群扩容</code>: Cluster scale-out.
     */
    public static final TaskStepStageTag CLUSTER_SCALE_OUT = new TaskStepStageTag("集群扩容", Value.CLUSTER_SCALE_OUT);

    /**
     * <code>异常机器释放</code>: Abnormal machine release.
     */
    public static final TaskStepStageTag ABNORMAL_MACHINE_RELEASE = new TaskStepStageTag("异常机器释放", Value.ABNORMAL_MACHINE_RELEASE);

    private static final List<TaskStepStageTag> VALUES = List.of(MACHINE_RELEASE, NODE_CONCURRENT_INITIALIZATION, NODE_RELEASE, MACHINE_REPLACEMENT, NODE_SCALE_IN, EARLY_RENEWAL, PHYSICAL_MACHINE_CLEANUP, NODE_CLEANUP, CREATE_KUBERNETES_CLUSTER, NETWORK_INITIALIZATION, NODE_RESTART, NODE_UNSUBSCRIBE, CLUSTER_SCALE_OUT, ABNORMAL_MACHINE_RELEASE);

    private final String value;

    private final Value known;

    private TaskStepStageTag(String value, Value known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for a listed value, or a new instance that keeps an unlisted one.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static TaskStepStageTag of(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "机器释放": return MACHINE_RELEASE;
            case "节点并发初始化": return NODE_CONCURRENT_INITIALIZATION;
            case "节点释放": return NODE_RELEASE;
            case "机器替换": return MACHINE_REPLACEMENT;
            case "节点缩容": return NODE_SCALE_IN;
            case "提前续费": return EARLY_RENEWAL;
            case "物理机清理": return PHYSICAL_MACHINE_CLEANUP;
            case "节点清理": return NODE_CLEANUP;
            case "创建 K8s 集群": return CREATE_KUBERNETES_CLUSTER;
            case "网络初始化": return NETWORK_INITIALIZATION;
            case "节点重启": return NODE_RESTART;
            case "节点退订": return NODE_UNSUBSCRIBE;
            case "集群扩容": return CLUSTER_SCALE_OUT;
            case "异常机器释放": return ABNORMAL_MACHINE_RELEASE;
            default: return new TaskStepStageTag(value, Value.UNKNOWN);
        }
    }

    /**
     * The values the spec lists, in the spec's order.
     */
    public static List<TaskStepStageTag> values() {
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
        return other instanceof TaskStepStageTag that && value.equals(that.value);
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
         * <code>机器释放</code>: Machine release.
         */
        MACHINE_RELEASE,

        /**
         * <code>节点并发初始化</code>: Node concurrent initialization.
         */
        NODE_CONCURRENT_INITIALIZATION,

        /**
         * <code>节点释放</code>: Node release.
         */
        NODE_RELEASE,

        /**
         * <code>机器替换</code>: Machine replacement.
         */
        MACHINE_REPLACEMENT,

        /**
         * <code>节点缩容</code>: Node scale-in.
         */
        NODE_SCALE_IN,

        /**
         * <code>提前续费</code>: Early renewal.
         */
        EARLY_RENEWAL,

        /**
         * <code>物理机清理</code>: Physical machine cleanup.
         */
        PHYSICAL_MACHINE_CLEANUP,

        /**
         * <code>节点清理</code>: Node cleanup.
         */
        NODE_CLEANUP,

        /**
         * <code>创建 K8s 集群</code>: Create Kubernetes cluster.
         */
        CREATE_KUBERNETES_CLUSTER,

        /**
         * <code>网络初始化</code>: Network initialization.
         */
        NETWORK_INITIALIZATION,

        /**
         * <code>节点重启</code>: Node restart.
         */
        NODE_RESTART,

        /**
         * <code>节点退订</code>: Node unsubscribe.
         */
        NODE_UNSUBSCRIBE,

        /**
         * <code>集群扩容</code>: Cluster scale-out.
         */
        CLUSTER_SCALE_OUT,

        /**
         * <code>异常机器释放</code>: Abnormal machine release.
         */
        ABNORMAL_MACHINE_RELEASE,

        /**
         * A value the spec does not list.
         */
        UNKNOWN
    }
}
