package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Account</code> object of the API.
 *
 * @param id the <code>id</code> property (JSON <code>id</code>, required, read-only: responses carry it, requests leave it out)
 * @param legacy the <code>legacy</code> property (JSON <code>legacy</code>, deprecated)
 * @param name the <code>name</code> property (JSON <code>name</code>, required)
 * @param password the <code>password</code> property (JSON <code>password</code>, required, write-only: requests carry it, responses leave it out)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Account(@JsonProperty("id") @Nullable String id,
        @JsonProperty("legacy") @Nullable String legacy, @JsonProperty("name") String name,
        @JsonProperty("password") @Nullable String password) {
    /**
     * Returns the <code>legacy</code> property (JSON <code>legacy</code>, deprecated)
     *
     * @return the value, as received
     * @deprecated the API marks this property deprecated.
     */
    @Deprecated
    public @Nullable String legacy() {
        return legacy;
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
                .id(id)
                .legacy(legacy)
                .name(name)
                .password(password);
    }

    /**
     * Builds {@link Account} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String id;

        private @Nullable String legacy;

        private @Nullable String name;

        private @Nullable String password;

        private Builder() {
        }

        /**
         * Sets the <code>id</code> property (JSON <code>id</code>, required, read-only: responses carry it, requests leave it out)
         *
         * @return this builder
         */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the <code>legacy</code> property (JSON <code>legacy</code>, deprecated)
         *
         * @return this builder
         */
        @Deprecated
        public Builder legacy(@Nullable String legacy) {
            this.legacy = legacy;
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
         * Sets the <code>password</code> property (JSON <code>password</code>, required, write-only: requests carry it, responses leave it out)
         *
         * @return this builder
         */
        public Builder password(@Nullable String password) {
            this.password = password;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Account build() {
            return new Account(id, legacy, name, password);
        }
    }
}
