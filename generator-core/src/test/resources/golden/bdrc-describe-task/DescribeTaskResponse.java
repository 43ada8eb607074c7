package dev.specgen.golden.bdrcdescribetask;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The response body.
 *
 * @param data The returned data. (JSON <code>Data</code>)
 * @param requestId The ID of the request. (JSON <code>RequestId</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeTaskResponse(@JsonProperty("Data") @Nullable TaskData data,
        @JsonProperty("RequestId") @Nullable String requestId) {
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
                .requestId(requestId);
    }

    /**
     * Builds {@link DescribeTaskResponse} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable TaskData data;

        private @Nullable String requestId;

        private Builder() {
        }

        /**
         * Sets The returned data. (JSON <code>Data</code>)
         *
         * @return this builder
         */
        public Builder data(@Nullable TaskData data) {
            this.data = data;
            return this;
        }

        /**
         * Sets The ID of the request. (JSON <code>RequestId</code>)
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
        public DescribeTaskResponse build() {
            return new DescribeTaskResponse(data, requestId);
        }
    }
}
