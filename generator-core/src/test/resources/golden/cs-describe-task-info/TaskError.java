package dev.specgen.golden.csdescribetaskinfo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The error returned for the task.
 *
 * @param code The error code returned. (JSON <code>code</code>)
 * @param message The error message returned. (JSON <code>message</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskError(@JsonProperty("code") @Nullable String code,
        @JsonProperty("message") @Nullable String message) {
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
                .code(code)
                .message(message);
    }

    /**
     * Builds {@link TaskError} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String code;

        private @Nullable String message;

        private Builder() {
        }

        /**
         * Sets The error code returned. (JSON <code>code</code>)
         *
         * @return this builder
         */
        public Builder code(@Nullable String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets The error message returned. (JSON <code>message</code>)
         *
         * @return this builder
         */
        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public TaskError build() {
            return new TaskError(code, message);
        }
    }
}
