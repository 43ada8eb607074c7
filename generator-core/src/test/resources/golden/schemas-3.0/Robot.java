package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Robot</code> object of the API.
 *
 * @param model the <code>model</code> property (JSON <code>model</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Robot(@JsonProperty("model") String model) implements Creature {
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
                .model(model);
    }

    /**
     * Builds {@link Robot} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String model;

        private Builder() {
        }

        /**
         * Sets the <code>model</code> property (JSON <code>model</code>, required)
         *
         * @return this builder
         */
        public Builder model(@Nullable String model) {
            this.model = model;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Robot build() {
            return new Robot(model);
        }
    }
}
