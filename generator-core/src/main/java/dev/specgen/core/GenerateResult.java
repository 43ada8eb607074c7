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
 * @param timings how long each stage of the run took
 */
public record GenerateResult(
        WriteReport report, List<Diagnostic> warnings, int types, List<Path> sourceFiles, Timings timings) {

    /**
     * The time of each stage, for {@code specgen generate --timings} and for finding where a slow run spends it.
     *
     * @param read reading the spec into the API model (Swagger Parser and the model builder), and finding the
     *     lines of the warnings
     * @param emit generating the sources in memory
     * @param write comparing them with the output directory and writing what changed
     */
    public record Timings(Duration read, Duration emit, Duration write) {

        public Duration total() {
            return read.plus(emit).plus(write);
        }
    }

    public GenerateResult {
        warnings = List.copyOf(warnings);
        sourceFiles = List.copyOf(sourceFiles);
    }

    /** The time the whole run took. */
    public Duration elapsed() {
        return timings.total();
    }

    /** One line for a console: counts and time. */
    public String summary() {
        return "Generated " + types + " types in " + (report.writtenCount() + report.unchangedCount()) + " files: "
                + report.summary() + " in " + elapsed().toMillis() + " ms";
    }
}
