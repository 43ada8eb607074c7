package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The <code>File</code> object of the API.
 *
 * @param name the <code>name</code> property (JSON <code>name</code>)
 * @param parent the <code>parent</code> property (JSON <code>parent</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record File(@JsonProperty("name") @Nullable String name,
        @JsonProperty("parent") @Nullable Folder parent) {
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
                .name(name)
                .parent(parent);
    }

    /**
     * Builds {@link File} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String name;

        private @Nullable Folder parent;

        private Builder() {
        }

        /**
         * Sets the <code>name</code> property (JSON <code>name</code>)
         *
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the <code>parent</code> property (JSON <code>parent</code>)
         *
         * @return this builder
         */
        public Builder parent(@Nullable Folder parent) {
            this.parent = parent;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public File build() {
            return new File(name, parent);
        }
    }
}
