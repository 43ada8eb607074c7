package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Binary</code> object of the API.
 *
 * @param left the <code>left</code> property (JSON <code>left</code>, required)
 * @param op the <code>op</code> property (JSON <code>op</code>, required)
 * @param right the <code>right</code> property (JSON <code>right</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Binary(@JsonProperty("left") Expr left, @JsonProperty("op") String op,
        @JsonProperty("right") Expr right) implements Expr {
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
                .left(left)
                .op(op)
                .right(right);
    }

    /**
     * Builds {@link Binary} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Expr left;

        private @Nullable String op;

        private @Nullable Expr right;

        private Builder() {
        }

        /**
         * Sets the <code>left</code> property (JSON <code>left</code>, required)
         *
         * @return this builder
         */
        public Builder left(@Nullable Expr left) {
            this.left = left;
            return this;
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
         * Sets the <code>right</code> property (JSON <code>right</code>, required)
         *
         * @return this builder
         */
        public Builder right(@Nullable Expr right) {
            this.right = right;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Binary build() {
            return new Binary(left, op, right);
        }
    }
}
