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
 * A step of the task.
 *
 * @param message The error message of the step. (JSON <code>Message</code>)
 * @param stageTag The stage marker. (JSON <code>StageTag</code>)
 * @param startTime The start time. (JSON <code>StartTime</code>)
 * @param stepName The name of the step. (JSON <code>StepName</code>)
 * @param stepState The step status. (JSON <code>StepState</code>)
 * @param stepType The type of the step. (JSON <code>StepType</code>)
 * @param subTasks The sub tasks. (JSON <code>SubTasks</code>)
 * @param updateTime The update time. (JSON <code>UpdateTime</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskStep(@JsonProperty("Message") @Nullable String message,
        @JsonProperty("StageTag") @Nullable TaskStepStageTag stageTag,
        @JsonProperty("StartTime") @Nullable LenientDateTime startTime,
        @JsonProperty("StepName") @Nullable String stepName,
        @JsonProperty("StepState") @Nullable TaskStepStepState stepState,
        @JsonProperty("StepType") @Nullable TaskStepStepType stepType,
        @JsonProperty("SubTasks") @Nullable List<SubTask> subTasks,
        @JsonProperty("UpdateTime") @Nullable LenientDateTime updateTime) {
    public TaskStep {
        subTasks = subTasks == null ? null : Collections.unmodifiableList(new ArrayList<>(subTasks));
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
                .message(message)
                .stageTag(stageTag)
                .startTime(startTime)
                .stepName(stepName)
                .stepState(stepState)
                .stepType(stepType)
                .subTasks(subTasks)
                .updateTime(updateTime);
    }

    /**
     * Builds {@link TaskStep} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String message;

        private @Nullable TaskStepStageTag stageTag;

        private @Nullable LenientDateTime startTime;

        private @Nullable String stepName;

        private @Nullable TaskStepStepState stepState;

        private @Nullable TaskStepStepType stepType;

        private @Nullable List<SubTask> subTasks;

        private @Nullable LenientDateTime updateTime;

        private Builder() {
        }

        /**
         * Sets The error message of the step. (JSON <code>Message</code>)
         *
         * @return this builder
         */
        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets The stage marker. (JSON <code>StageTag</code>)
         *
         * @return this builder
         */
        public Builder stageTag(@Nullable TaskStepStageTag stageTag) {
            this.stageTag = stageTag;
            return this;
        }

        /**
         * Sets The start time. (JSON <code>StartTime</code>)
         *
         * @return this builder
         */
        public Builder startTime(@Nullable LenientDateTime startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets The name of the step. (JSON <code>StepName</code>)
         *
         * @return this builder
         */
        public Builder stepName(@Nullable String stepName) {
            this.stepName = stepName;
            return this;
        }

        /**
         * Sets The step status. (JSON <code>StepState</code>)
         *
         * @return this builder
         */
        public Builder stepState(@Nullable TaskStepStepState stepState) {
            this.stepState = stepState;
            return this;
        }

        /**
         * Sets The type of the step. (JSON <code>StepType</code>)
         *
         * @return this builder
         */
        public Builder stepType(@Nullable TaskStepStepType stepType) {
            this.stepType = stepType;
            return this;
        }

        /**
         * Sets The sub tasks. (JSON <code>SubTasks</code>)
         *
         * @return this builder
         */
        public Builder subTasks(@Nullable List<SubTask> subTasks) {
            this.subTasks = subTasks;
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
        public TaskStep build() {
            return new TaskStep(message, stageTag, startTime, stepName, stepState, stepType, subTasks, updateTime);
        }
    }
}
