package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Zoo</code> object of the API.
 *
 * @param aliases the <code>aliases</code> property (JSON <code>aliases</code>)
 * @param animals the <code>animals</code> property (JSON <code>animals</code>)
 * @param code the <code>code</code> property (JSON <code>code</code>)
 * @param creature the <code>creature</code> property (JSON <code>creature</code>)
 * @param keeper the <code>keeper</code> property (JSON <code>keeper</code>)
 * @param label the <code>label</code> property (JSON <code>label</code>)
 * @param note the <code>note</code> property (JSON <code>note</code>)
 * @param shape the <code>shape</code> property (JSON <code>shape</code>)
 * @param vehicle the <code>vehicle</code> property (JSON <code>vehicle</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Zoo(@JsonProperty("aliases") @Nullable Object aliases,
        @JsonProperty("animals") @Nullable List<Animal> animals,
        @JsonProperty("code") @Nullable ZooCode code,
        @JsonProperty("creature") @Nullable Creature creature,
        @JsonProperty("keeper") @Nullable Keeper keeper,
        @JsonProperty("label") @Nullable StringOrNumber label,
        @JsonProperty("note") @Nullable Object note, @JsonProperty("shape") @Nullable Shape shape,
        @JsonProperty("vehicle") @Nullable Vehicle vehicle) {
    public Zoo {
        animals = animals == null ? null : Collections.unmodifiableList(new ArrayList<>(animals));
    }

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
                .aliases(aliases)
                .animals(animals)
                .code(code)
                .creature(creature)
                .keeper(keeper)
                .label(label)
                .note(note)
                .shape(shape)
                .vehicle(vehicle);
    }

    /**
     * Builds {@link Zoo} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Object aliases;

        private @Nullable List<Animal> animals;

        private @Nullable ZooCode code;

        private @Nullable Creature creature;

        private @Nullable Keeper keeper;

        private @Nullable StringOrNumber label;

        private @Nullable Object note;

        private @Nullable Shape shape;

        private @Nullable Vehicle vehicle;

        private Builder() {
        }

        /**
         * Sets the <code>aliases</code> property (JSON <code>aliases</code>)
         *
         * @return this builder
         */
        public Builder aliases(@Nullable Object aliases) {
            this.aliases = aliases;
            return this;
        }

        /**
         * Sets the <code>animals</code> property (JSON <code>animals</code>)
         *
         * @return this builder
         */
        public Builder animals(@Nullable List<Animal> animals) {
            this.animals = animals;
            return this;
        }

        /**
         * Sets the <code>code</code> property (JSON <code>code</code>)
         *
         * @return this builder
         */
        public Builder code(@Nullable ZooCode code) {
            this.code = code;
            return this;
        }

        /**
         * Sets the <code>creature</code> property (JSON <code>creature</code>)
         *
         * @return this builder
         */
        public Builder creature(@Nullable Creature creature) {
            this.creature = creature;
            return this;
        }

        /**
         * Sets the <code>keeper</code> property (JSON <code>keeper</code>)
         *
         * @return this builder
         */
        public Builder keeper(@Nullable Keeper keeper) {
            this.keeper = keeper;
            return this;
        }

        /**
         * Sets the <code>label</code> property (JSON <code>label</code>)
         *
         * @return this builder
         */
        public Builder label(@Nullable StringOrNumber label) {
            this.label = label;
            return this;
        }

        /**
         * Sets the <code>note</code> property (JSON <code>note</code>)
         *
         * @return this builder
         */
        public Builder note(@Nullable Object note) {
            this.note = note;
            return this;
        }

        /**
         * Sets the <code>shape</code> property (JSON <code>shape</code>)
         *
         * @return this builder
         */
        public Builder shape(@Nullable Shape shape) {
            this.shape = shape;
            return this;
        }

        /**
         * Sets the <code>vehicle</code> property (JSON <code>vehicle</code>)
         *
         * @return this builder
         */
        public Builder vehicle(@Nullable Vehicle vehicle) {
            this.vehicle = vehicle;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Zoo build() {
            return new Zoo(aliases, animals, code, creature, keeper, label, note, shape, vehicle);
        }
    }
}
