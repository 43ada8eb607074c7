package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Sms</code> object of the API.
 *
 * @param channel the <code>channel</code> property (JSON <code>channel</code>, required)
 * @param number the <code>number</code> property (JSON <code>number</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Sms(@JsonProperty("channel") SmsChannel channel,
        @JsonProperty("number") String number) implements Notification {
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
                .channel(channel)
                .number(number);
    }

    /**
     * Builds {@link Sms} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable SmsChannel channel;

        private @Nullable String number;

        private Builder() {
        }

        /**
         * Sets the <code>channel</code> property (JSON <code>channel</code>, required)
         *
         * @return this builder
         */
        public Builder channel(@Nullable SmsChannel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Sets the <code>number</code> property (JSON <code>number</code>, required)
         *
         * @return this builder
         */
        public Builder number(@Nullable String number) {
            this.number = number;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Sms build() {
            return new Sms(channel, number);
        }
    }
}
