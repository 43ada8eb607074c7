package dev.specgen.golden.csdescribetaskinfoearlier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.time.LenientDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Detailed information about the task.
 *
 * @param clusterId The ID of the ACK cluster. (JSON <code>cluster_id</code>)
 * @param created The time when the task was created. (JSON <code>created</code>)
 * @param state The state of the task. The two renderings of this revision's page disagree on the failure value: one says `failed`, the other `fail`. Both are listed because the service could send either. (JSON <code>state</code>)
 * @param taskId The ID of the task. (JSON <code>task_id</code>)
 * @param taskResult The execution result of the task. (JSON <code>task_result</code>)
 * @param taskType The task type. A value of `cluster_scaleout` indicates a scale-out task. (JSON <code>task_type</code>)
 * @param updated The time when the task was updated. (JSON <code>updated</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeTaskInfoResponse(@JsonProperty("cluster_id") @Nullable String clusterId,
        @JsonProperty("created") @Nullable LenientDateTime created,
        @JsonProperty("state") @Nullable DescribeTaskInfoResponseState state,
        @JsonProperty("task_id") @Nullable String taskId,
        @JsonProperty("task_result") @Nullable List<TaskResult> taskResult,
        @JsonProperty("task_type") @Nullable String taskType,
        @JsonProperty("updated") @Nullable LenientDateTime updated) {
    public DescribeTaskInfoResponse {
        taskResult = taskResult == null ? null : Collections.unmodifiableList(new ArrayList<>(taskResult));
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
                .created(created)
                .state(state)
                .taskId(taskId)
                .taskResult(taskResult)
                .taskType(taskType)
                .updated(updated);
    }

    /**
     * Builds {@link DescribeTaskInfoResponse} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String clusterId;

        private @Nullable LenientDateTime created;

        private @Nullable DescribeTaskInfoResponseState state;

        private @Nullable String taskId;

        private @Nullable List<TaskResult> taskResult;

        private @Nullable String taskType;

        private @Nullable LenientDateTime updated;

        private Builder() {
        }

        /**
         * Sets The ID of the ACK cluster. (JSON <code>cluster_id</code>)
         *
         * @return this builder
         */
        public Builder clusterId(@Nullable String clusterId) {
            this.clusterId = clusterId;
            return this;
        }

        /**
         * Sets The time when the task was created. (JSON <code>created</code>)
         *
         * @return this builder
         */
        public Builder created(@Nullable LenientDateTime created) {
            this.created = created;
            return this;
        }

        /**
         * Sets The state of the task. The two renderings of this revision's page disagree on the failure value: one says `failed`, the other `fail`. Both are listed because the service could send either. (JSON <code>state</code>)
         *
         * @return this builder
         */
        public Builder state(@Nullable DescribeTaskInfoResponseState state) {
            this.state = state;
            return this;
        }

        /**
         * Sets The ID of the task. (JSON <code>task_id</code>)
         *
         * @return this builder
         */
        public Builder taskId(@Nullable String taskId) {
            this.taskId = taskId;
            return this;
        }

        /**
         * Sets The execution result of the task. (JSON <code>task_result</code>)
         *
         * @return this builder
         */
        public Builder taskResult(@Nullable List<TaskResult> taskResult) {
            this.taskResult = taskResult;
            return this;
        }

        /**
         * Sets The task type. A value of `cluster_scaleout` indicates a scale-out task. (JSON <code>task_type</code>)
         *
         * @return this builder
         */
        public Builder taskType(@Nullable String taskType) {
            this.taskType = taskType;
            return this;
        }

        /**
         * Sets The time when the task was updated. (JSON <code>updated</code>)
         *
         * @return this builder
         */
        public Builder updated(@Nullable LenientDateTime updated) {
            this.updated = updated;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public DescribeTaskInfoResponse build() {
            return new DescribeTaskInfoResponse(clusterId, created, state, taskId, taskResult, taskType, updated);
        }
    }
}
