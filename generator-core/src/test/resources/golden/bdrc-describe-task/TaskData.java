package dev.specgen.golden.bdrcdescribetask;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The returned data.
 *
 * @param completeTime The completion time, formatted as a Unix timestamp in seconds. (JSON <code>CompleteTime</code>)
 * @param errorMessage The error message returned if the task fails. (JSON <code>ErrorMessage</code>)
 * @param executionId The execution ID. This parameter is deprecated and always returns an empty string. (JSON <code>ExecutionId</code>, deprecated)
 * @param expireTime The expiration time, formatted as a Unix timestamp in seconds. (JSON <code>ExpireTime</code>)
 * @param progress The task's progress, measured on a scale of 0 to 10,000 (so 100 means 1% and 10000 means complete). (JSON <code>Progress</code>)
 * @param requestId The ID of the request. (The page documents a RequestId both here inside Data and at the top level of the response, with different example values.) (JSON <code>RequestId</code>)
 * @param startTime The start time, formatted as a Unix timestamp in seconds. (JSON <code>StartTime</code>)
 * @param taskDescription The task description. (JSON <code>TaskDescription</code>)
 * @param taskDetail The details of the task execution. A JSON document encoded as a string; parse it separately. (JSON <code>TaskDetail</code>)
 * @param taskId The ID of the task. (JSON <code>TaskId</code>)
 * @param taskName The task name. (JSON <code>TaskName</code>)
 * @param taskPriority The task priority. (The page says "Valid values:" but lists none, so no values are enumerated here.) (JSON <code>TaskPriority</code>)
 * @param taskResult The result of the task. A JSON document encoded as a string; parse it separately. (JSON <code>TaskResult</code>)
 * @param taskStatus The status of the task. (The page says "Valid values:" but lists none, so no values are enumerated here.) (JSON <code>TaskStatus</code>)
 * @param taskType The task type. (The page says "Valid values:" but lists none, so no values are enumerated here.) (JSON <code>TaskType</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskData(@JsonProperty("CompleteTime") @Nullable Long completeTime,
        @JsonProperty("ErrorMessage") @Nullable String errorMessage,
        @JsonProperty("ExecutionId") @Nullable String executionId,
        @JsonProperty("ExpireTime") @Nullable Long expireTime,
        @JsonProperty("Progress") @Nullable Integer progress,
        @JsonProperty("RequestId") @Nullable String requestId,
        @JsonProperty("StartTime") @Nullable Long startTime,
        @JsonProperty("TaskDescription") @Nullable String taskDescription,
        @JsonProperty("TaskDetail") @Nullable String taskDetail,
        @JsonProperty("TaskId") @Nullable String taskId,
        @JsonProperty("TaskName") @Nullable String taskName,
        @JsonProperty("TaskPriority") @Nullable String taskPriority,
        @JsonProperty("TaskResult") @Nullable String taskResult,
        @JsonProperty("TaskStatus") @Nullable String taskStatus,
        @JsonProperty("TaskType") @Nullable String taskType) {
    /**
     * Returns The execution ID. This parameter is deprecated and always returns an empty string. (JSON <code>ExecutionId</code>, deprecated)
     *
     * @return the value, as received
     * @deprecated the API marks this property deprecated.
     */
    @Deprecated
    public @Nullable String executionId() {
        return executionId;
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
                .completeTime(completeTime)
                .errorMessage(errorMessage)
                .executionId(executionId)
                .expireTime(expireTime)
                .progress(progress)
                .requestId(requestId)
                .startTime(startTime)
                .taskDescription(taskDescription)
                .taskDetail(taskDetail)
                .taskId(taskId)
                .taskName(taskName)
                .taskPriority(taskPriority)
                .taskResult(taskResult)
                .taskStatus(taskStatus)
                .taskType(taskType);
    }

    /**
     * Builds {@link TaskData} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Long completeTime;

        private @Nullable String errorMessage;

        private @Nullable String executionId;

        private @Nullable Long expireTime;

        private @Nullable Integer progress;

        private @Nullable String requestId;

        private @Nullable Long startTime;

        private @Nullable String taskDescription;

        private @Nullable String taskDetail;

        private @Nullable String taskId;

        private @Nullable String taskName;

        private @Nullable String taskPriority;

        private @Nullable String taskResult;

        private @Nullable String taskStatus;

        private @Nullable String taskType;

        private Builder() {
        }

        /**
         * Sets The completion time, formatted as a Unix timestamp in seconds. (JSON <code>CompleteTime</code>)
         *
         * @return this builder
         */
        public Builder completeTime(@Nullable Long completeTime) {
            this.completeTime = completeTime;
            return this;
        }

        /**
         * Sets The error message returned if the task fails. (JSON <code>ErrorMessage</code>)
         *
         * @return this builder
         */
        public Builder errorMessage(@Nullable String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        /**
         * Sets The execution ID. This parameter is deprecated and always returns an empty string. (JSON <code>ExecutionId</code>, deprecated)
         *
         * @return this builder
         */
        @Deprecated
        public Builder executionId(@Nullable String executionId) {
            this.executionId = executionId;
            return this;
        }

        /**
         * Sets The expiration time, formatted as a Unix timestamp in seconds. (JSON <code>ExpireTime</code>)
         *
         * @return this builder
         */
        public Builder expireTime(@Nullable Long expireTime) {
            this.expireTime = expireTime;
            return this;
        }

        /**
         * Sets The task's progress, measured on a scale of 0 to 10,000 (so 100 means 1% and 10000 means complete). (JSON <code>Progress</code>)
         *
         * @return this builder
         */
        public Builder progress(@Nullable Integer progress) {
            this.progress = progress;
            return this;
        }

        /**
         * Sets The ID of the request. (The page documents a RequestId both here inside Data and at the top level of the response, with different example values.) (JSON <code>RequestId</code>)
         *
         * @return this builder
         */
        public Builder requestId(@Nullable String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets The start time, formatted as a Unix timestamp in seconds. (JSON <code>StartTime</code>)
         *
         * @return this builder
         */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets The task description. (JSON <code>TaskDescription</code>)
         *
         * @return this builder
         */
        public Builder taskDescription(@Nullable String taskDescription) {
            this.taskDescription = taskDescription;
            return this;
        }

        /**
         * Sets The details of the task execution. A JSON document encoded as a string; parse it separately. (JSON <code>TaskDetail</code>)
         *
         * @return this builder
         */
        public Builder taskDetail(@Nullable String taskDetail) {
            this.taskDetail = taskDetail;
            return this;
        }

        /**
         * Sets The ID of the task. (JSON <code>TaskId</code>)
         *
         * @return this builder
         */
        public Builder taskId(@Nullable String taskId) {
            this.taskId = taskId;
            return this;
        }

        /**
         * Sets The task name. (JSON <code>TaskName</code>)
         *
         * @return this builder
         */
        public Builder taskName(@Nullable String taskName) {
            this.taskName = taskName;
            return this;
        }

        /**
         * Sets The task priority. (The page says "Valid values:" but lists none, so no values are enumerated here.) (JSON <code>TaskPriority</code>)
         *
         * @return this builder
         */
        public Builder taskPriority(@Nullable String taskPriority) {
            this.taskPriority = taskPriority;
            return this;
        }

        /**
         * Sets The result of the task. A JSON document encoded as a string; parse it separately. (JSON <code>TaskResult</code>)
         *
         * @return this builder
         */
        public Builder taskResult(@Nullable String taskResult) {
            this.taskResult = taskResult;
            return this;
        }

        /**
         * Sets The status of the task. (The page says "Valid values:" but lists none, so no values are enumerated here.) (JSON <code>TaskStatus</code>)
         *
         * @return this builder
         */
        public Builder taskStatus(@Nullable String taskStatus) {
            this.taskStatus = taskStatus;
            return this;
        }

        /**
         * Sets The task type. (The page says "Valid values:" but lists none, so no values are enumerated here.) (JSON <code>TaskType</code>)
         *
         * @return this builder
         */
        public Builder taskType(@Nullable String taskType) {
            this.taskType = taskType;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public TaskData build() {
            return new TaskData(completeTime, errorMessage, executionId, expireTime, progress, requestId, startTime, taskDescription, taskDetail, taskId, taskName, taskPriority, taskResult, taskStatus, taskType);
        }
    }
}
