package dev.specgen.golden.eflocontrollerdescribetask;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.time.LenientDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A sub task of a step.
 *
 * @param createTime The creation time. (JSON <code>CreateTime</code>)
 * @param message The error message returned for failed sub tasks. (JSON <code>Message</code>)
 * @param taskId The task ID. (JSON <code>TaskId</code>)
 * @param taskState The task status. The page lists no valid values for a sub-task's status (the task's own TaskState lists running, execution_success, execution_fail and waiting_to_run), so this is a plain string. (JSON <code>TaskState</code>)
 * @param taskType The task type. The page lists the same values for the task's TaskType and for a sub-task's TaskType, so both refer to this schema. (JSON <code>TaskType</code>)
 * @param updateTime The update time. (JSON <code>UpdateTime</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubTask(@JsonProperty("CreateTime") @Nullable LenientDateTime createTime,
        @JsonProperty("Message") @Nullable String message,
        @JsonProperty("TaskId") @Nullable String taskId,
        @JsonProperty("TaskState") @Nullable String taskState,
        @JsonProperty("TaskType") @Nullable TaskType taskType,
        @JsonProperty("UpdateTime") @Nullable LenientDateTime updateTime) {
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
                .createTime(createTime)
                .message(message)
                .taskId(taskId)
                .taskState(taskState)
                .taskType(taskType)
                .updateTime(updateTime);
    }

    /**
     * Builds {@link SubTask} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable LenientDateTime createTime;

        private @Nullable String message;

        private @Nullable String taskId;

        private @Nullable String taskState;

        private @Nullable TaskType taskType;

        private @Nullable LenientDateTime updateTime;

        private Builder() {
        }

        /**
         * Sets The creation time. (JSON <code>CreateTime</code>)
         *
         * @return this builder
         */
        public Builder createTime(@Nullable LenientDateTime createTime) {
            this.createTime = createTime;
            return this;
        }

        /**
         * Sets The error message returned for failed sub tasks. (JSON <code>Message</code>)
         *
         * @return this builder
         */
        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets The task ID. (JSON <code>TaskId</code>)
         *
         * @return this builder
         */
        public Builder taskId(@Nullable String taskId) {
            this.taskId = taskId;
            return this;
        }

        /**
         * Sets The task status. The page lists no valid values for a sub-task's status (the task's own TaskState lists running, execution_success, execution_fail and waiting_to_run), so this is a plain string. (JSON <code>TaskState</code>)
         *
         * @return this builder
         */
        public Builder taskState(@Nullable String taskState) {
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
        public SubTask build() {
            return new SubTask(createTime, message, taskId, taskState, taskType, updateTime);
        }
    }
}
