package dev.specgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code specgen} command itself: help, version, and what happens without a usable command. */
class SpecgenCommandTest {

    /** What one run of the command line did. */
    record Run(int exitCode, String out, String err) {}

    /** Runs the command line in process, capturing both streams. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = SpecgenCommand.execute(args, o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }

    /** The repository root, which surefire passes as {@code specgen.repoRoot}. */
    static Path repoRoot() {
        String configured = System.getProperty("specgen.repoRoot");
        Path root = configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }

    /** A fixture of the core's tests, e.g. {@code bad/malformed.yaml}. */
    static Path coreSpec(String name) {
        return repoRoot().resolve("generator-core/src/test/resources/specs").resolve(name);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: specgen", "generate", "check", "Exit codes:", "2");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "check", "diff"})
    void everyCommandHasHelp(String command) {
        Run run = run(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: specgen " + command, "Exit codes:");
        assertThat(run.err()).isEmpty();
        assertThat(run("help", command).out()).isEqualTo(run.out());
    }

    @Test
    void generateHelpNamesItsOptions() {
        assertThat(run("generate", "--help").out()).contains("--spec=FILE", "--output=DIR", "--package=JAVA.PACKAGE");
        assertThat(run("check", "-h").out()).contains("FILE");
    }

    @Test
    void versionIsPrinted() {
        Run run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("specgen ");
    }

    @Test
    void noCommandIsABadArgument() {
        Run run = run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("name a command: generate, check or diff", "specgen --help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownCommandOrOptionIsABadArgument() {
        Run unknownCommand = run("frobnicate");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.err()).contains("frobnicate");
        Run unknownOption = run("--frobnicate");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("--frobnicate");
    }
}
