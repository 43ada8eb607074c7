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
 * The <code>Scores</code> object of the API.
 *
 * @param total the <code>total</code> property (JSON <code>total</code>)
 * @param additionalProperties the JSON members the schema does not list, by name, in the order received (empty, never null, when there are none)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scores(@JsonProperty("total") @Nullable Integer total,
        @JsonAnySetter @JsonAnyGetter Map<String, Integer> additionalProperties) {
    public Scores {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
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
                .total(total)
                .additionalProperties(additionalProperties);
    }

    /**
     * Builds {@link Scores} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Integer total;

        private Map<String, Integer> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the <code>total</code> property (JSON <code>total</code>)
         *
         * @return this builder
         */
        public Builder total(@Nullable Integer total) {
            this.total = total;
            return this;
        }

        /**
         * Sets the JSON members the schema does not list, by name: they are written beside the listed ones. Replaces any set before.
         *
         * @return this builder
         */
        public Builder additionalProperties(Map<String, Integer> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Scores build() {
            return new Scores(total, additionalProperties);
        }
    }
}
