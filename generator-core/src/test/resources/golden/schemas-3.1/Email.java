package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Email</code> object of the API.
 *
 * @param address the <code>address</code> property (JSON <code>address</code>, required)
 * @param channel the <code>channel</code> property (JSON <code>channel</code>, required, default <code>"email"</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Email(@JsonProperty("address") String address,
        @JsonProperty("channel") EmailChannel channel) implements Notification {
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
                .address(address)
                .channel(channel);
    }

    /**
     * Builds {@link Email} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String address;

        private @Nullable EmailChannel channel = EmailChannel.of("email");

        private Builder() {
        }

        /**
         * Sets the <code>address</code> property (JSON <code>address</code>, required)
         *
         * @return this builder
         */
        public Builder address(@Nullable String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the <code>channel</code> property (JSON <code>channel</code>, required, default <code>"email"</code>)
         *
         * @return this builder
         */
        public Builder channel(@Nullable EmailChannel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Email build() {
            return new Email(address, channel);
        }
    }
}
