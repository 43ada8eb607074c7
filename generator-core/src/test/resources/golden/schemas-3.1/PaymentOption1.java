package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Payment option 1</code> object of the API.
 *
 * @param method the <code>method</code> property (JSON <code>method</code>, required, default <code>"card"</code>)
 * @param number the <code>number</code> property (JSON <code>number</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record PaymentOption1(@JsonProperty("method") PaymentOption1Method method,
        @JsonProperty("number") String number) implements Payment {
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
                .method(method)
                .number(number);
    }

    /**
     * Builds {@link PaymentOption1} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable PaymentOption1Method method = PaymentOption1Method.of("card");

        private @Nullable String number;

        private Builder() {
        }

        /**
         * Sets the <code>method</code> property (JSON <code>method</code>, required, default <code>"card"</code>)
         *
         * @return this builder
         */
        public Builder method(@Nullable PaymentOption1Method method) {
            this.method = method;
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
        public PaymentOption1 build() {
            return new PaymentOption1(method, number);
        }
    }
}
