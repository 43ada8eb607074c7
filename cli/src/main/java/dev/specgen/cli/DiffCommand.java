package dev.specgen.cli;

import dev.specgen.core.DiffResult;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.diff.DiffConfig;
import dev.specgen.core.diff.FailOn;
import dev.specgen.core.render.DiffReportRenderer;
import dev.specgen.core.render.ReportFormat;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specgen diff}: what changed between two versions of a spec, and what it breaks. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compares two versions of an OpenAPI spec and reports every change with its rule id, level"
                    + " (ERR: breaks existing clients, WARN: may break, INFO: safe), place, and what it means for"
                    + " the generated Java API."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no change at or above the --fail-on level", "1:a change at or above the --fail-on level",
            "2:unusable spec, bad arguments, or the report cannot be written"})
final class DiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older version of the spec (the baseline).")
    private Path oldSpec;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer version of the spec.")
    private Path newSpec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, html or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (a summary line is printed).")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "ERR",
            description = "Exit with 1 when a change is at this level or above: ERR, WARN, INFO or NEVER"
                    + " (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--level", paramLabel = "RULE=LEVEL",
            description = "Report a rule at another level than its default, e.g."
                    + " --level response-property-enum-value-added=ERR. Repeatable.")
    private Map<String, String> levels = Map.of();

    @Option(names = "--ignore", paramLabel = "RULE", description = "Do not report a rule's changes. Repeatable.")
    private List<String> ignored = List.of();

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A directory of diff-report.<txt|md|html|json>.mustache templates that replace the"
                    + " built-in ones.")
    private Path templates;

    @Option(names = "--timings", description = "Print how long reading, comparing and rendering took, to"
            + " standard error.")
    private boolean timings;

    @Override
    public Integer call() {
        ReportFormat reportFormat = ReportFormat.named(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown format '" + format + "'; use text, markdown, html or json"));
        FailOn threshold;
        DiffConfig config;
        DiffReportRenderer renderer;
        try {
            threshold = FailOn.named(failOn);
            config = DiffConfig.parse(levels, ignored);
            renderer = new DiffReportRenderer(templates);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        DiffResult result;
        try {
            result = Specgen.diff(oldSpec, newSpec, config);
        } catch (SpecException e) {
            Diagnostics.print(e, spec.commandLine().getErr());
            return SpecgenCommand.UNUSABLE;
        }
        long renderStart = System.nanoTime();
        try {
            if (output == null) {
                spec.commandLine().getOut().print(renderer.render(result.report(), reportFormat));
                spec.commandLine().getOut().flush();
            } else {
                renderer.write(result.report(), reportFormat, output);
                spec.commandLine().getOut().println(result.report().summary() + " → " + output.toAbsolutePath().normalize());
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            spec.commandLine().getErr().println("specgen: " + e.getMessage());
            return SpecgenCommand.UNUSABLE;
        }
        if (timings) {
            spec.commandLine().getErr().printf(Locale.ROOT, "specgen: read %d ms, compared %d ms, rendered %d ms%n",
                    result.parseTime().toMillis(), result.compareTime().toMillis(),
                    (System.nanoTime() - renderStart) / 1_000_000);
        }
        return threshold.failsOn(result.report().changes()) ? 1 : 0;
    }
}
