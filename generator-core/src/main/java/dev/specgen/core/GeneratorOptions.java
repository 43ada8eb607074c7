package dev.specgen.core;

import javax.lang.model.SourceVersion;

/**
 * What to generate for a spec. Every generator setting is a named, typed component here, so the
 * command line and the Maven plugin expose the same options with the same meaning.
 *
 * @param packageName the Java package of the generated code
 * @param clients whether to generate a client per spec (on by default)
 * @param validators whether to generate a validator per model type (on by default)
 */
public record GeneratorOptions(String packageName, boolean clients, boolean validators) {

    public GeneratorOptions {
        if (!SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name;"
                    + " use dot-separated identifiers such as com.example.tasks");
        }
    }

    /** Everything on, in the given package. */
    public static GeneratorOptions of(String packageName) {
        return new GeneratorOptions(packageName, true, true);
    }

    public GeneratorOptions withClients(boolean enabled) {
        return new GeneratorOptions(packageName, enabled, validators);
    }

    public GeneratorOptions withValidators(boolean enabled) {
        return new GeneratorOptions(packageName, clients, enabled);
    }
}
