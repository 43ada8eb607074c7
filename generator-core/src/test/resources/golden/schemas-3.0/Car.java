package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Car</code> object of the API.
 *
 * @param doors the <code>doors</code> property (JSON <code>doors</code>)
 * @param kind the <code>kind</code> property (JSON <code>kind</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Car(@JsonProperty("doors") @Nullable Integer doors,
        @JsonProperty("kind") String kind) implements Vehicle {
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
                .doors(doors)
                .kind(kind);
    }

    /**
     * Builds {@link Car} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Integer doors;

        private @Nullable String kind;

        private Builder() {
        }

        /**
         * Sets the <code>doors</code> property (JSON <code>doors</code>)
         *
         * @return this builder
         */
        public Builder doors(@Nullable Integer doors) {
            this.doors = doors;
            return this;
        }

        /**
         * Sets the <code>kind</code> property (JSON <code>kind</code>, required)
         *
         * @return this builder
         */
        public Builder kind(@Nullable String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Car build() {
            return new Car(doors, kind);
        }
    }
}
