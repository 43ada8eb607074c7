package dev.specgen.golden.eflocontrollerdescribetask;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request parameters of DescribeTask, sent as a form body.
 *
 * @param taskId The task ID. (JSON <code>TaskId</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeTaskRequest(@JsonProperty("TaskId") String taskId) {
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
                .taskId(taskId);
    }

    /**
     * Builds {@link DescribeTaskRequest} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String taskId;

        private Builder() {
        }

        /**
         * Sets The task ID. (JSON <code>TaskId</code>, required)
         *
         * @return this builder
         */
        public Builder taskId(@Nullable String taskId) {
            this.taskId = taskId;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public DescribeTaskRequest build() {
            return new DescribeTaskRequest(taskId);
        }
    }
}
