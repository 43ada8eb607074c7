package dev.specgen.core;

import java.nio.file.Path;
import javax.lang.model.SourceVersion;

/**
 * What to generate, and where.
 *
 * @param spec the OpenAPI spec file
 * @param outputDirectory the source root to write into (e.g. {@code target/generated-sources/specgen})
 * @param packageName the Java package of the generated code
 */
public record GenerateRequest(Path spec, Path outputDirectory, String packageName) {

    public GenerateRequest {
        if (!SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name;"
                    + " use dot-separated identifiers such as com.example.tasks");
        }
    }
}
