package dev.specgen.golden.eflocontrollerdescribetask;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.time.LenientDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The response body.
 *
 * @param clusterId The cluster ID. (JSON <code>ClusterId</code>)
 * @param clusterName The cluster name. (JSON <code>ClusterName</code>)
 * @param createTime The create time. (JSON <code>CreateTime</code>)
 * @param message The error message returned for failed tasks. (JSON <code>Message</code>)
 * @param nodeIds The IDs of the nodes. (JSON <code>NodeIds</code>)
 * @param requestId The request ID. (JSON <code>RequestId</code>)
 * @param steps The steps. (JSON <code>Steps</code>)
 * @param taskState The task status. (JSON <code>TaskState</code>)
 * @param taskType The task type. The page lists the same values for the task's TaskType and for a sub-task's TaskType, so both refer to this schema. (JSON <code>TaskType</code>)
 * @param updateTime The update time. (JSON <code>UpdateTime</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeTaskResponse(@JsonProperty("ClusterId") @Nullable String clusterId,
        @JsonProperty("ClusterName") @Nullable String clusterName,
        @JsonProperty("CreateTime") @Nullable LenientDateTime createTime,
        @JsonProperty("Message") @Nullable String message,
        @JsonProperty("NodeIds") @Nullable List<String> nodeIds,
        @JsonProperty("RequestId") @Nullable String requestId,
        @JsonProperty("Steps") @Nullable List<TaskStep> steps,
        @JsonProperty("TaskState") @Nullable DescribeTaskResponseTaskState taskState,
        @JsonProperty("TaskType") @Nullable TaskType taskType,
        @JsonProperty("UpdateTime") @Nullable LenientDateTime updateTime) {
    public DescribeTaskResponse {
        nodeIds = nodeIds == null ? null : Collections.unmodifiableList(new ArrayList<>(nodeIds));
        steps = steps == null ? null : Collections.unmodifiableList(new ArrayList<>(steps));
    }

    /**
     * Starts a builder with every property unset.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with every property set as in this value.
     */
    public Builder toBuilder() {
        return new Builder()
                .clusterId(clusterId)
                .clusterName(clusterName)
                .createTime(createTime)
                .message(message)
                .nodeIds(nodeIds)
                .requestId(requestId)
                .steps(steps)
                .taskState(taskState)
                .taskType(taskType)
                .updateTime(updateTime);
    }

    /**
     * Builds {@link DescribeTaskResponse} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String clusterId;

        private @Nullable String clusterName;

        private @Nullable LenientDateTime createTime;

        private @Nullable String message;

        private @Nullable List<String> nodeIds;

        private @Nullable String requestId;

        private @Nullable List<TaskStep> steps;

        private @Nullable DescribeTaskResponseTaskState taskState;

        private @Nullable TaskType taskType;

        private @Nullable LenientDateTime updateTime;

        private Builder() {
        }

        /**
         * Sets The cluster ID. (JSON <code>ClusterId</code>)
         *
         * @return this builder
         */
        public Builder clusterId(@Nullable String clusterId) {
            this.clusterId = clusterId;
            return this;
        }

        /**
         * Sets The cluster name. (JSON <code>ClusterName</code>)
         *
         * @return this builder
         */
        public Builder clusterName(@Nullable String clusterName) {
            this.clusterName = clusterName;
            return this;
        }

        /**
         * Sets The create time. (JSON <code>CreateTime</code>)
         *
         * @return this builder
         */
        public Builder createTime(@Nullable LenientDateTime createTime) {
            this.createTime = createTime;
            return this;
        }

        /**
         * Sets The error message returned for failed tasks. (JSON <code>Message</code>)
         *
         * @return this builder
         */
        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets The IDs of the nodes. (JSON <code>NodeIds</code>)
         *
         * @return this builder
         */
        public Builder nodeIds(@Nullable List<String> nodeIds) {
            this.nodeIds = nodeIds;
            return this;
        }

        /**
         * Sets The request ID. (JSON <code>RequestId</code>)
         *
         * @return this builder
         */
        public Builder requestId(@Nullable String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets The steps. (JSON <code>Steps</code>)
         *
         * @return this builder
         */
        public Builder steps(@Nullable List<TaskStep> steps) {
            this.steps = steps;
            return this;
        }

        /**
         * Sets The task status. (JSON <code>TaskState</code>)
         *
         * @return this builder
         */
        public Builder taskState(@Nullable DescribeTaskResponseTaskState taskState) {
            this.taskState = taskState;
            return this;
        }

        /**
         * Sets The task type. The page lists the same values for the task's TaskType and for a sub-task's TaskType, so both refer to this schema. (JSON <code>TaskType</code>)
         *
         * @return this builder
         */
        public Builder taskType(@Nullable TaskType taskType) {
            this.taskType = taskType;
            return this;
        }

        /**
         * Sets The update time. (JSON <code>UpdateTime</code>)
         *
         * @return this builder
         */
        public Builder updateTime(@Nullable LenientDateTime updateTime) {
            this.updateTime = updateTime;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public DescribeTaskResponse build() {
            return new DescribeTaskResponse(clusterId, clusterName, createTime, message, nodeIds, requestId, steps, taskState, taskType, updateTime);
        }
    }
}
