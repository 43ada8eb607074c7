package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Folder</code> object of the API.
 *
 * @param files the <code>files</code> property (JSON <code>files</code>)
 * @param name the <code>name</code> property (JSON <code>name</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Folder(@JsonProperty("files") @Nullable List<File> files,
        @JsonProperty("name") @Nullable String name) {
    public Folder {
        files = files == null ? null : Collections.unmodifiableList(new ArrayList<>(files));
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
                .files(files)
                .name(name);
    }

    /**
     * Builds {@link Folder} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable List<File> files;

        private @Nullable String name;

        private Builder() {
        }

        /**
         * Sets the <code>files</code> property (JSON <code>files</code>)
         *
         * @return this builder
         */
        public Builder files(@Nullable List<File> files) {
            this.files = files;
            return this;
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
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Folder build() {
            return new Folder(files, name);
        }
    }
}
