package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.List;

/**
 * A spec read by Swagger Parser, with its references resolved into {@code components}.
 *
 * @param file the spec file, absolute and normalized
 * @param openApi the parsed document
 * @param raw the document's JSON tree as written (empty when the reader skips examples, the tree's only use)
 * @param sourceFiles the spec file and every local file it references, sorted
 * @param warnings what the parser reported that does not stop generation
 */
record LoadedSpec(Path file, OpenAPI openApi, RawTree raw, List<Path> sourceFiles, List<Diagnostic> warnings) {}
