package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Nullables</code> object of the API.
 *
 * @param nullableItems the <code>nullableItems</code> property (JSON <code>nullableItems</code>)
 * @param nullableRef the <code>nullableRef</code> property (JSON <code>nullableRef</code>)
 * @param optionalNullable the <code>optionalNullable</code> property (JSON <code>optionalNullable</code>)
 * @param required the <code>required</code> property (JSON <code>required</code>, required)
 * @param requiredNullable the <code>requiredNullable</code> property (JSON <code>requiredNullable</code>, required)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Nullables(@JsonProperty("nullableItems") @Nullable List<String> nullableItems,
        @JsonProperty("nullableRef") @Nullable Circle nullableRef,
        @JsonProperty("optionalNullable") @Nullable Long optionalNullable,
        @JsonProperty("required") String required,
        @JsonProperty("requiredNullable") @Nullable String requiredNullable) {
    public Nullables {
        nullableItems = nullableItems == null ? null : Collections.unmodifiableList(new ArrayList<>(nullableItems));
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
                .nullableItems(nullableItems)
                .nullableRef(nullableRef)
                .optionalNullable(optionalNullable)
                .required(required)
                .requiredNullable(requiredNullable);
    }

    /**
     * Builds {@link Nullables} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable List<String> nullableItems;

        private @Nullable Circle nullableRef;

        private @Nullable Long optionalNullable;

        private @Nullable String required;

        private @Nullable String requiredNullable;

        private Builder() {
        }

        /**
         * Sets the <code>nullableItems</code> property (JSON <code>nullableItems</code>)
         *
         * @return this builder
         */
        public Builder nullableItems(@Nullable List<String> nullableItems) {
            this.nullableItems = nullableItems;
            return this;
        }

        /**
         * Sets the <code>nullableRef</code> property (JSON <code>nullableRef</code>)
         *
         * @return this builder
         */
        public Builder nullableRef(@Nullable Circle nullableRef) {
            this.nullableRef = nullableRef;
            return this;
        }

        /**
         * Sets the <code>optionalNullable</code> property (JSON <code>optionalNullable</code>)
         *
         * @return this builder
         */
        public Builder optionalNullable(@Nullable Long optionalNullable) {
            this.optionalNullable = optionalNullable;
            return this;
        }

        /**
         * Sets the <code>required</code> property (JSON <code>required</code>, required)
         *
         * @return this builder
         */
        public Builder required(@Nullable String required) {
            this.required = required;
            return this;
        }

        /**
         * Sets the <code>requiredNullable</code> property (JSON <code>requiredNullable</code>, required)
         *
         * @return this builder
         */
        public Builder requiredNullable(@Nullable String requiredNullable) {
            this.requiredNullable = requiredNullable;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Nullables build() {
            return new Nullables(nullableItems, nullableRef, optionalNullable, required, requiredNullable);
        }
    }
}
