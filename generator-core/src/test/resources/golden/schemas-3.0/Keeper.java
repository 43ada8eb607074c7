package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Keeper</code> object of the API.
 *
 * @param additionalProperties a property whose name collides with the extra map (JSON <code>additionalProperties</code>)
 * @param name the <code>name</code> property (JSON <code>name</code>, required)
 * @param additionalProperties2 the JSON members the schema does not list, by name, in the order received (empty, never null, when there are none)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Keeper(@JsonProperty("additionalProperties") @Nullable String additionalProperties,
        @JsonProperty("name") String name,
        @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties2) {
    public Keeper {
        additionalProperties2 = additionalProperties2 == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties2));
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
                .additionalProperties(additionalProperties)
                .name(name)
                .additionalProperties2(additionalProperties2);
    }

    /**
     * Builds {@link Keeper} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String additionalProperties;

        private @Nullable String name;

        private Map<String, @Nullable Object> additionalProperties2 = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets a property whose name collides with the extra map (JSON <code>additionalProperties</code>)
         *
         * @return this builder
         */
        public Builder additionalProperties(@Nullable String additionalProperties) {
            this.additionalProperties = additionalProperties;
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
         * Sets the JSON members the schema does not list, by name: they are written beside the listed ones. Replaces any set before.
         *
         * @return this builder
         */
        public Builder additionalProperties2(Map<String, @Nullable Object> additionalProperties2) {
            this.additionalProperties2 = new LinkedHashMap<>(additionalProperties2);
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Keeper build() {
            return new Keeper(additionalProperties, name, additionalProperties2);
        }
    }
}
