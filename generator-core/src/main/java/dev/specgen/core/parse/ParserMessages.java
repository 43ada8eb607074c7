package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns Swagger Parser's free-text messages into diagnostics. The parser says where a problem is
 * in its own dotted notation ({@code attribute paths.'/x'(get).responses is missing}); it is kept in
 * the message as the parser wrote it, since the parser offers nothing more precise.
 */
final class ParserMessages {

    private ParserMessages() {}

    static void classify(List<String> messages, Path file, List<Diagnostic> into) {
        SourceLocation whole = new SourceLocation(file, "");
        for (String message : messages.stream().sorted().distinct().toList()) {
            if (message.endsWith("operationId is repeated")) {
                continue; // reported as an error, with both locations, by the model builder
            }
            into.add(Diagnostic.warning("parser", message, whole, null));
        }
    }
}
