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
 * @param raw the document's JSON tree as written
 * @param warnings what the parser reported that does not stop generation
 */
record LoadedSpec(Path file, OpenAPI openApi, RawTree raw, List<Diagnostic> warnings) {

    /** The same spec with an empty raw tree, for readers that do not look at it. */
    LoadedSpec withoutRawTree() {
        return new LoadedSpec(file, openApi, RawTree.empty(file), warnings);
    }
}
