package dev.specgen.core;

import java.nio.file.Path;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * What to generate for a spec. Every generator setting is a named, typed component here, so the
 * command line and the Maven plugin expose the same options with the same meaning.
 *
 * @param packageName the Java package of the generated code
 * @param clients whether to generate a client per spec (on by default)
 * @param validators whether to generate a validator per model type (on by default)
 * @param client how the client is generated
 */
public record GeneratorOptions(String packageName, boolean clients, boolean validators, ClientOptions client) {

    public GeneratorOptions {
        if (!SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name;"
                    + " use dot-separated identifiers such as com.example.tasks");
        }
    }

    /** Everything on, in the given package. */
    public static GeneratorOptions of(String packageName) {
        return new GeneratorOptions(packageName, true, true, ClientOptions.DEFAULTS);
    }

    public GeneratorOptions withClients(boolean enabled) {
        return new GeneratorOptions(packageName, enabled, validators, client);
    }

    public GeneratorOptions withValidators(boolean enabled) {
        return new GeneratorOptions(packageName, clients, enabled, client);
    }

    public GeneratorOptions withClient(ClientOptions options) {
        return new GeneratorOptions(packageName, clients, validators, options);
    }

    /**
     * How the client is generated.
     *
     * @param className the client's class name instead of the one derived from the spec ({@code x-acs-product},
     *     else {@code info.title}, followed by {@code Client}); {@code null} for the derived one
     * @param usageTemplate a Mustache template file for the client's Markdown usage page instead of the built-in
     *     {@code dev/specgen/core/emit/client/client-usage.md.mustache}; {@code null} for the built-in one
     */
    public record ClientOptions(@Nullable String className, @Nullable Path usageTemplate) {

        public static final ClientOptions DEFAULTS = new ClientOptions(null, null);

        public ClientOptions {
            if (className != null && (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className))) {
                throw new IllegalArgumentException("'" + className + "' is not a valid Java class name for the client;"
                        + " use an identifier such as TasksClient");
            }
        }

        public ClientOptions withClassName(@Nullable String name) {
            return new ClientOptions(name, usageTemplate);
        }

        public ClientOptions withUsageTemplate(@Nullable Path template) {
            return new ClientOptions(className, template);
        }
    }
}
