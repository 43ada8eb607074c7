package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Circle</code> object of the API.
 *
 * @param radius the <code>radius</code> property (JSON <code>radius</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Circle(@JsonProperty("radius") Double radius) implements Shape {
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
                .radius(radius);
    }

    /**
     * Builds {@link Circle} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Double radius;

        private Builder() {
        }

        /**
         * Sets the <code>radius</code> property (JSON <code>radius</code>, required)
         *
         * @return this builder
         */
        public Builder radius(@Nullable Double radius) {
            this.radius = radius;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Circle build() {
            return new Circle(radius);
        }
    }
}
