package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Penguin</code> object of the API.
 *
 * @param canSwim the <code>canSwim</code> property (JSON <code>canSwim</code>, default <code>true</code>)
 * @param name the <code>name</code> property (JSON <code>name</code>, required)
 * @param species the <code>species</code> property (JSON <code>species</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Penguin(@JsonProperty("canSwim") @Nullable Boolean canSwim,
        @JsonProperty("name") String name,
        @JsonProperty("species") String species) implements Animal, Creature {
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
                .canSwim(canSwim)
                .name(name)
                .species(species);
    }

    /**
     * Builds {@link Penguin} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Boolean canSwim = true;

        private @Nullable String name;

        private @Nullable String species;

        private Builder() {
        }

        /**
         * Sets the <code>canSwim</code> property (JSON <code>canSwim</code>, default <code>true</code>)
         *
         * @return this builder
         */
        public Builder canSwim(@Nullable Boolean canSwim) {
            this.canSwim = canSwim;
            return this;
        }

        /**
         * Sets the <code>name</code> property (JSON <code>name</code>, required)
         *
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the <code>species</code> property (JSON <code>species</code>, required)
         *
         * @return this builder
         */
        public Builder species(@Nullable String species) {
            this.species = species;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Penguin build() {
            return new Penguin(canSwim, name, species);
        }
    }
}
