package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Closed</code> object of the API.
 *
 * @param id the <code>id</code> property (JSON <code>id</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Closed(@JsonProperty("id") @Nullable String id) {
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
                .id(id);
    }

    /**
     * Builds {@link Closed} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String id;

        private Builder() {
        }

        /**
         * Sets the <code>id</code> property (JSON <code>id</code>)
         *
         * @return this builder
         */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Closed build() {
            return new Closed(id);
        }
    }
}
