package dev.specgen.cli;

import dev.specgen.core.DiffResult;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.diff.DiffConfig;
import dev.specgen.core.diff.FailOn;
import dev.specgen.core.diff.Level;
import dev.specgen.core.diff.RuleId;
import dev.specgen.core.render.DiffReportRenderer;
import dev.specgen.core.render.ReportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        FailOn threshold = parseEnum(FailOn.class, failOn, "--fail-on", "ERR, WARN, INFO or NEVER");
        DiffConfig config = config();
        DiffReportRenderer renderer;
        try {
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
            String rendered = renderer.render(result.report(), reportFormat);
            if (output == null) {
                spec.commandLine().getOut().print(rendered);
                spec.commandLine().getOut().flush();
            } else {
                write(rendered);
                spec.commandLine().getOut().println(summary(result) + " → " + output.toAbsolutePath().normalize());
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

    private DiffConfig config() {
        Map<RuleId, Level> overrides = new EnumMap<>(RuleId.class);
        levels.forEach((rule, level) -> overrides.put(rule(rule),
                parseEnum(Level.class, level, "--level " + rule, "ERR, WARN or INFO")));
        Set<RuleId> ignore = EnumSet.noneOf(RuleId.class);
        ignored.forEach(rule -> ignore.add(rule(rule)));
        return new DiffConfig(overrides, ignore);
    }

    private RuleId rule(String id) {
        return RuleId.byId(id.strip()).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown rule '" + id + "'" + suggestion(id.strip()) + "; rule ids are listed in README.md"
                        + " (Spec diff)"));
    }

    /** The rule ids that contain the given text, as a hint for a mistyped id. */
    private static String suggestion(String id) {
        List<String> close = new ArrayList<>();
        for (RuleId rule : RuleId.values()) {
            if (!id.isEmpty() && (rule.id().contains(id) || id.contains(rule.id())) && close.size() < 5) {
                close.add(rule.id());
            }
        }
        return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String value, String option, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "invalid value '" + value + "' for " + option + "; use " + allowed);
        }
    }

    private void write(String rendered) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private static String summary(DiffResult result) {
        Map<Level, Integer> counts = result.report().countsByLevel();
        int total = result.report().changes().size();
        return total + (total == 1 ? " change" : " changes") + " (" + counts.get(Level.ERR) + " ERR, "
                + counts.get(Level.WARN) + " WARN, " + counts.get(Level.INFO) + " INFO)";
    }
}
