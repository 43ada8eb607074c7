package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Square</code> object of the API.
 *
 * @param side the <code>side</code> property (JSON <code>side</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Square(@JsonProperty("side") Double side) implements Polygon, Shape {
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
                .side(side);
    }

    /**
     * Builds {@link Square} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Double side;

        private Builder() {
        }

        /**
         * Sets the <code>side</code> property (JSON <code>side</code>, required)
         *
         * @return this builder
         */
        public Builder side(@Nullable Double side) {
            this.side = side;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Square build() {
            return new Square(side);
        }
    }
}
