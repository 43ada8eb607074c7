package dev.specgen.golden.csdescribetaskinfo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The error body that Container Service (ROA style) returns with a 4xx or 5xx status. Keys are lower-case (unlike RPC-style products, which use RequestId/HostId/Code/Message/Recommend).
 *
 * @param code The error code, for example Throttling.User. (JSON <code>code</code>)
 * @param message The error message. (JSON <code>message</code>)
 * @param requestId The ID of the request, to quote to Alibaba Cloud support. (JSON <code>requestId</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorResponse(@JsonProperty("code") @Nullable String code,
        @JsonProperty("message") @Nullable String message,
        @JsonProperty("requestId") @Nullable String requestId) {
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
                .message(message)
                .requestId(requestId);
    }

    /**
     * Builds {@link ErrorResponse} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String code;

        private @Nullable String message;

        private @Nullable String requestId;

        private Builder() {
        }

        /**
         * Sets The error code, for example Throttling.User. (JSON <code>code</code>)
         *
         * @return this builder
         */
        public Builder code(@Nullable String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets The error message. (JSON <code>message</code>)
         *
         * @return this builder
         */
        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets The ID of the request, to quote to Alibaba Cloud support. (JSON <code>requestId</code>)
         *
         * @return this builder
         */
        public Builder requestId(@Nullable String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public ErrorResponse build() {
            return new ErrorResponse(code, message, requestId);
        }
    }
}
