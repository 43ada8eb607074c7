package dev.specgen.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code specgen} command: parses arguments, calls one core entry point, prints what it returns. */
@Command(
        name = "specgen",
        mixinStandardHelpOptions = true,
        versionProvider = SpecgenCommand.Version.class,
        description = "Generates Java code from OpenAPI specs, checks specs, and diffs two versions of a spec.",
        subcommands = {GenerateCommand.class, CheckCommand.class, DiffCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:findings (check), or changes at the --fail-on level (diff)",
            "2:unusable spec or bad arguments"})
public final class SpecgenCommand implements Runnable {

    /** Exit code for an unusable spec or bad arguments. */
    static final int UNUSABLE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: generate, check or diff");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SpecgenCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        // Bad arguments exit with the same code as a bad spec: both mean "nothing was done".
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("specgen: " + e.getMessage());
            err.println("Run 'specgen " + (e.getCommandLine().getCommandName().equals("specgen") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return UNUSABLE;
        });
        return commandLine.execute(args);
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SpecgenCommand.class.getPackage().getImplementationVersion();
            return new String[] {"specgen " + (version == null ? "(development build)" : version)};
        }
    }
}
