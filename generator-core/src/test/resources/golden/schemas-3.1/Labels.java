package dev.specgen.golden.schemas31;

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
 * The <code>Labels</code> object of the API.
 *
 * @param owner the <code>owner</code> property (JSON <code>owner</code>, required)
 * @param additionalProperties the JSON members the schema does not list, by name, in the order received (empty, never null, when there are none)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Labels(@JsonProperty("owner") String owner,
        @JsonAnySetter @JsonAnyGetter Map<String, String> additionalProperties) {
    public Labels {
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
                .owner(owner)
                .additionalProperties(additionalProperties);
    }

    /**
     * Builds {@link Labels} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String owner;

        private Map<String, String> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the <code>owner</code> property (JSON <code>owner</code>, required)
         *
         * @return this builder
         */
        public Builder owner(@Nullable String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets the JSON members the schema does not list, by name: they are written beside the listed ones. Replaces any set before.
         *
         * @return this builder
         */
        public Builder additionalProperties(Map<String, String> additionalProperties) {
            this.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Labels build() {
            return new Labels(owner, additionalProperties);
        }
    }
}
