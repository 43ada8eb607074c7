package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Literal</code> object of the API.
 *
 * @param op the <code>op</code> property (JSON <code>op</code>, required)
 * @param value the <code>value</code> property (JSON <code>value</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Literal(@JsonProperty("op") String op,
        @JsonProperty("value") Double value) implements Expr {
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
                .op(op)
                .value(value);
    }

    /**
     * Builds {@link Literal} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String op;

        private @Nullable Double value;

        private Builder() {
        }

        /**
         * Sets the <code>op</code> property (JSON <code>op</code>, required)
         *
         * @return this builder
         */
        public Builder op(@Nullable String op) {
            this.op = op;
            return this;
        }

        /**
         * Sets the <code>value</code> property (JSON <code>value</code>, required)
         *
         * @return this builder
         */
        public Builder value(@Nullable Double value) {
            this.value = value;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Literal build() {
            return new Literal(op, value);
        }
    }
}
