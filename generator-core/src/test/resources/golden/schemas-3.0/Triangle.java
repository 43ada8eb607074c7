package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Triangle</code> object of the API.
 *
 * @param base the <code>base</code> property (JSON <code>base</code>, required)
 * @param height the <code>height</code> property (JSON <code>height</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Triangle(@JsonProperty("base") Double base,
        @JsonProperty("height") Double height) implements Polygon, Shape {
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
                .base(base)
                .height(height);
    }

    /**
     * Builds {@link Triangle} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Double base;

        private @Nullable Double height;

        private Builder() {
        }

        /**
         * Sets the <code>base</code> property (JSON <code>base</code>, required)
         *
         * @return this builder
         */
        public Builder base(@Nullable Double base) {
            this.base = base;
            return this;
        }

        /**
         * Sets the <code>height</code> property (JSON <code>height</code>, required)
         *
         * @return this builder
         */
        public Builder height(@Nullable Double height) {
            this.height = height;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Triangle build() {
            return new Triangle(base, height);
        }
    }
}
