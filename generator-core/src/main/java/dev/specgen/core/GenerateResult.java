package dev.specgen.core;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.write.WriteReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a generation run did.
 *
 * @param report which files were written, left unchanged and deleted
 * @param warnings problems found in the spec that did not stop generation
 * @param types how many model types were generated
 * @param sourceFiles the spec file and every local file it references: what the output depends on
 * @param elapsed the time the run took
 */
public record GenerateResult(
        WriteReport report, List<Diagnostic> warnings, int types, List<Path> sourceFiles, Duration elapsed) {

    public GenerateResult {
        warnings = List.copyOf(warnings);
        sourceFiles = List.copyOf(sourceFiles);
    }

    /** One line for a console: counts and time. */
    public String summary() {
        return "Generated " + types + " types in " + (report.writtenCount() + report.unchangedCount()) + " files: "
                + report.summary() + " in " + elapsed.toMillis() + " ms";
    }
}
