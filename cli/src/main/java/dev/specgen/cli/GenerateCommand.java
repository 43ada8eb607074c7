package dev.specgen.cli;

import dev.specgen.core.GenerateRequest;
import dev.specgen.core.GenerateResult;
import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code specgen generate}: writes the Java sources of one spec. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generates Java sources from an OpenAPI spec.",
            "Only files whose content changed are rewritten; files an earlier run generated and this one does not"
                    + " are deleted; files Specgen did not write are never touched."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:sources generated", "2:unusable spec, bad arguments, or output not writable"})
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The OpenAPI spec (YAML or JSON).")
    private Path specFile;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The source root to write into.")
    private Path output;

    @Option(names = "--package", required = true, paramLabel = "JAVA.PACKAGE",
            description = "The Java package of the generated code, e.g. com.example.tasks.")
    private String packageName;

    @Option(names = "--no-clients", description = "Do not generate a client.")
    private boolean noClients;

    @Option(names = "--no-validators", description = "Do not generate validators.")
    private boolean noValidators;

    @Option(names = "--client-name", paramLabel = "NAME",
            description = "The client's class name instead of the one derived from the spec.")
    private String clientName;

    @Option(names = "--client-usage-template", paramLabel = "FILE",
            description = "A Mustache template for the client's Markdown usage page instead of the built-in one.")
    private Path clientUsageTemplate;

    @Option(names = "--timings", description = "Print how long reading the spec, emitting the sources and writing"
            + " them took, to standard error.")
    private boolean timings;

    @Override
    public Integer call() {
        GenerateRequest request;
        try {
            request = new GenerateRequest(specFile, output, GeneratorOptions.of(packageName)
                    .withClients(!noClients)
                    .withValidators(!noValidators)
                    .withClient(GeneratorOptions.ClientOptions.DEFAULTS
                            .withClassName(clientName)
                            .withUsageTemplate(clientUsageTemplate)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            GenerateResult result = Specgen.generate(request);
            for (Diagnostic warning : result.warnings()) {
                spec.commandLine().getErr().println(warning.format());
            }
            spec.commandLine().getOut().println(result.summary() + " → " + output.toAbsolutePath().normalize());
            if (timings) {
                GenerateResult.Timings stages = result.timings();
                spec.commandLine().getErr().printf(Locale.ROOT, "specgen: read %d ms, emitted %d ms, wrote %d ms%n",
                        stages.read().toMillis(), stages.emit().toMillis(), stages.write().toMillis());
            }
            return 0;
        } catch (SpecException e) {
            Diagnostics.print(e, spec.commandLine().getErr());
            spec.commandLine().getErr().println("Nothing was written.");
            return SpecgenCommand.UNUSABLE;
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("specgen: " + e.getMessage());
            return SpecgenCommand.UNUSABLE;
        }
    }
}
