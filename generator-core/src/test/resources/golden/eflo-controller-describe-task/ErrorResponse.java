package dev.specgen.golden.eflocontrollerdescribetask;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The error body of RPC-style Alibaba Cloud products and of the API gateway, returned with a 4xx or 5xx status. Keys are upper-case.
 *
 * @param accessDeniedDetail Details of a permission failure; present only on some 403 responses. (JSON <code>AccessDeniedDetail</code>)
 * @param code The error code, for example Throttling.User. (JSON <code>Code</code>)
 * @param hostId The endpoint host that answered, for example eflo-controller.cn-wulanchabu.aliyuncs.com. (JSON <code>HostId</code>)
 * @param message The error message. (JSON <code>Message</code>)
 * @param recommend A link to Alibaba Cloud's diagnosis page for this request. (JSON <code>Recommend</code>)
 * @param requestId The ID of the request, to quote to Alibaba Cloud support. (JSON <code>RequestId</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorResponse(
        @JsonProperty("AccessDeniedDetail") @Nullable Map<String, @Nullable Object> accessDeniedDetail,
        @JsonProperty("Code") @Nullable String code,
        @JsonProperty("HostId") @Nullable String hostId,
        @JsonProperty("Message") @Nullable String message,
        @JsonProperty("Recommend") @Nullable String recommend,
        @JsonProperty("RequestId") @Nullable String requestId) {
    public ErrorResponse {
        accessDeniedDetail = accessDeniedDetail == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(accessDeniedDetail));
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
                .accessDeniedDetail(accessDeniedDetail)
                .code(code)
                .hostId(hostId)
                .message(message)
                .recommend(recommend)
                .requestId(requestId);
    }

    /**
     * Builds {@link ErrorResponse} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Map<String, @Nullable Object> accessDeniedDetail;

        private @Nullable String code;

        private @Nullable String hostId;

        private @Nullable String message;

        private @Nullable String recommend;

        private @Nullable String requestId;

        private Builder() {
        }

        /**
         * Sets Details of a permission failure; present only on some 403 responses. (JSON <code>AccessDeniedDetail</code>)
         *
         * @return this builder
         */
        public Builder accessDeniedDetail(
                @Nullable Map<String, @Nullable Object> accessDeniedDetail) {
            this.accessDeniedDetail = accessDeniedDetail;
            return this;
        }

        /**
         * Sets The error code, for example Throttling.User. (JSON <code>Code</code>)
         *
         * @return this builder
         */
        public Builder code(@Nullable String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets The endpoint host that answered, for example eflo-controller.cn-wulanchabu.aliyuncs.com. (JSON <code>HostId</code>)
         *
         * @return this builder
         */
        public Builder hostId(@Nullable String hostId) {
            this.hostId = hostId;
            return this;
        }

        /**
         * Sets The error message. (JSON <code>Message</code>)
         *
         * @return this builder
         */
        public Builder message(@Nullable String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets A link to Alibaba Cloud's diagnosis page for this request. (JSON <code>Recommend</code>)
         *
         * @return this builder
         */
        public Builder recommend(@Nullable String recommend) {
            this.recommend = recommend;
            return this;
        }

        /**
         * Sets The ID of the request, to quote to Alibaba Cloud support. (JSON <code>RequestId</code>)
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
            return new ErrorResponse(accessDeniedDetail, code, hostId, message, recommend, requestId);
        }
    }
}
