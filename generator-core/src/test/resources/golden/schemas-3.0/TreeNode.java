package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The <code>TreeNode</code> object of the API.
 *
 * @param children the <code>children</code> property (JSON <code>children</code>)
 * @param value the <code>value</code> property (JSON <code>value</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TreeNode(@JsonProperty("children") @Nullable List<TreeNode> children,
        @JsonProperty("value") @Nullable String value) {
    public TreeNode {
        children = children == null ? null : Collections.unmodifiableList(new ArrayList<>(children));
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
                .children(children)
                .value(value);
    }

    /**
     * Builds {@link TreeNode} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable List<TreeNode> children;

        private @Nullable String value;

        private Builder() {
        }

        /**
         * Sets the <code>children</code> property (JSON <code>children</code>)
         *
         * @return this builder
         */
        public Builder children(@Nullable List<TreeNode> children) {
            this.children = children;
            return this;
        }

        /**
         * Sets the <code>value</code> property (JSON <code>value</code>)
         *
         * @return this builder
         */
        public Builder value(@Nullable String value) {
            this.value = value;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public TreeNode build() {
            return new TreeNode(children, value);
        }
    }
}
