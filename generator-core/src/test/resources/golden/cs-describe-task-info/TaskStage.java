package dev.specgen.golden.csdescribetaskinfo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.time.LenientDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Detailed information about the stage of the task.
 *
 * @param endTime The end time of the stage. (JSON <code>end_time</code>)
 * @param message The message about the stage. (JSON <code>message</code>)
 * @param outputs The output generated at the stage. (JSON <code>outputs</code>)
 * @param startTime The start time of the stage. (JSON <code>start_time</code>)
 * @param state The status of the stage. (JSON <code>state</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskStage(@JsonProperty("end_time") @Nullable LenientDateTime endTime,
        @JsonProperty("message") @Nullable String message,
        @JsonProperty("outputs") @Nullable Map<String, @Nullable Object> outputs,
        @JsonProperty("start_time") @Nullable LenientDateTime startTime,
        @JsonProperty("state") @Nullable String state) {
    public TaskStage {
        outputs = outputs == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
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
                .endTime(endTime)
                .message(message)
                .outputs(outputs)
                .startTime(startTime)
                .state(state);
    }

    /**
     * Builds {@link TaskStage} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable LenientDateTime endTime;

        private @Nullable String message;

        private @Nullable Map<String, @Nullable Object> outputs;

        private @Nullable LenientDateTime startTime;

        private @Nullable String state;

        private Builder() {
        }

        /**
         * Sets The end time of the stage. (JSON <code>end_time</code>)
         *
         * @return this builder
         */
        public Builder endTime(@Nullable LenientDateTime endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets The message about the stage. (JSON <code>message</code>)
         *
         * @return this builder
         */
        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets The output generated at the stage. (JSON <code>outputs</code>)
         *
         * @return this builder
         */
        public Builder outputs(@Nullable Map<String, @Nullable Object> outputs) {
            this.outputs = outputs;
            return this;
        }

        /**
         * Sets The start time of the stage. (JSON <code>start_time</code>)
         *
         * @return this builder
         */
        public Builder startTime(@Nullable LenientDateTime startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets The status of the stage. (JSON <code>state</code>)
         *
         * @return this builder
         */
        public Builder state(@Nullable String state) {
            this.state = state;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public TaskStage build() {
            return new TaskStage(endTime, message, outputs, startTime, state);
        }
    }
}
