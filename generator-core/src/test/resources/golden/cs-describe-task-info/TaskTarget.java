package dev.specgen.golden.csdescribetaskinfo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The object of the task.
 *
 * @param id The ID of the object. (JSON <code>id</code>)
 * @param type The type of the object. (JSON <code>type</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskTarget(@JsonProperty("id") @Nullable String id,
        @JsonProperty("type") @Nullable String type) {
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
                .id(id)
                .type(type);
    }

    /**
     * Builds {@link TaskTarget} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String id;

        private @Nullable String type;

        private Builder() {
        }

        /**
         * Sets The ID of the object. (JSON <code>id</code>)
         *
         * @return this builder
         */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets The type of the object. (JSON <code>type</code>)
         *
         * @return this builder
         */
        public Builder type(@Nullable String type) {
            this.type = type;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public TaskTarget build() {
            return new TaskTarget(id, type);
        }
    }
}
