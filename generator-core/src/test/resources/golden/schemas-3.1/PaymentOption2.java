package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Payment option 2</code> object of the API.
 *
 * @param iban the <code>iban</code> property (JSON <code>iban</code>, required)
 * @param method the <code>method</code> property (JSON <code>method</code>, required, default <code>"sepa"</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record PaymentOption2(@JsonProperty("iban") String iban,
        @JsonProperty("method") PaymentOption2Method method) implements Payment {
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
                .iban(iban)
                .method(method);
    }

    /**
     * Builds {@link PaymentOption2} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String iban;

        private @Nullable PaymentOption2Method method = PaymentOption2Method.of("sepa");

        private Builder() {
        }

        /**
         * Sets the <code>iban</code> property (JSON <code>iban</code>, required)
         *
         * @return this builder
         */
        public Builder iban(@Nullable String iban) {
            this.iban = iban;
            return this;
        }

        /**
         * Sets the <code>method</code> property (JSON <code>method</code>, required, default <code>"sepa"</code>)
         *
         * @return this builder
         */
        public Builder method(@Nullable PaymentOption2Method method) {
            this.method = method;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public PaymentOption2 build() {
            return new PaymentOption2(iban, method);
        }
    }
}
