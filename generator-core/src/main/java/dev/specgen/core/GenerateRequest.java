package dev.specgen.core;

import java.nio.file.Path;

/**
 * What to generate, and where.
 *
 * @param spec the OpenAPI spec file
 * @param outputDirectory the source root to write into (e.g. {@code target/generated-sources/specgen});
 *     the files go under the package's directory in it
 * @param options what to generate
 */
public record GenerateRequest(Path spec, Path outputDirectory, GeneratorOptions options) {

    /** Everything on, in the given package. */
    public GenerateRequest(Path spec, Path outputDirectory, String packageName) {
        this(spec, outputDirectory, GeneratorOptions.of(packageName));
    }

    public String packageName() {
        return options.packageName();
    }
}
