package dev.specgen.golden.csdescribetaskinfoearlier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The execution result of the task for one resource (the page names this item type "task").
 *
 * @param data The resources that are managed by the task. For a scale-out task, the value of this parameter the ID of the instance that is added by the task. (JSON <code>data</code>)
 * @param status The state of the scaling of the resource. The page lists `success` twice, the second time with the meaning "The scale-out task failed."; it lists no separate failure value. (JSON <code>status</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskResult(@JsonProperty("data") @Nullable String data,
        @JsonProperty("status") @Nullable TaskResultStatus status) {
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
                .data(data)
                .status(status);
    }

    /**
     * Builds {@link TaskResult} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String data;

        private @Nullable TaskResultStatus status;

        private Builder() {
        }

        /**
         * Sets The resources that are managed by the task. For a scale-out task, the value of this parameter the ID of the instance that is added by the task. (JSON <code>data</code>)
         *
         * @return this builder
         */
        public Builder data(@Nullable String data) {
            this.data = data;
            return this;
        }

        /**
         * Sets The state of the scaling of the resource. The page lists `success` twice, the second time with the meaning "The scale-out task failed."; it lists no separate failure value. (JSON <code>status</code>)
         *
         * @return this builder
         */
        public Builder status(@Nullable TaskResultStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public TaskResult build() {
            return new TaskResult(data, status);
        }
    }
}
