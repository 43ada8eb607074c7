package dev.specgen.cli;

import dev.specgen.core.CheckResult;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code specgen check}: parses and lints a spec. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Parses and lints an OpenAPI spec: every example validated against its schema, enum oddities"
                    + " (duplicates, empty values), and names that had to be changed to become Java names."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean", "1:findings", "2:unusable spec or bad arguments"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The OpenAPI spec (YAML or JSON).")
    private Path specFile;

    @Override
    public Integer call() {
        try {
            CheckResult result = Specgen.check(specFile);
            for (Diagnostic finding : result.findings()) {
                spec.commandLine().getOut().println(finding.format());
            }
            spec.commandLine().getOut().println(result.clean()
                    ? specFile + ": clean"
                    : specFile + ": " + result.findings().size() + " finding" + (result.findings().size() == 1 ? "" : "s"));
            return result.clean() ? 0 : 1;
        } catch (SpecException e) {
            Diagnostics.print(e, spec.commandLine().getErr());
            return SpecgenCommand.UNUSABLE;
        }
    }
}
