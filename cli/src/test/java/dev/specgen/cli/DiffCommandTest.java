package dev.specgen.cli;

import static dev.specgen.cli.SpecgenCommandTest.coreSpec;
import static dev.specgen.cli.SpecgenCommandTest.repoRoot;
import static dev.specgen.cli.SpecgenCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.cli.SpecgenCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code specgen diff}: reports, exit codes and options, on the two Container Service revisions. */
class DiffCommandTest {

    private static final String EARLIER = repoRoot().resolve("specs/cs-describe-task-info-earlier.yaml").toString();
    private static final String CURRENT = repoRoot().resolve("specs/cs-describe-task-info.yaml").toString();

    @Test
    void printsATextReportAndPassesWhenNothingBreaks() {
        Run run = run("diff", EARLIER, CURRENT);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Specgen diff: cs-describe-task-info-earlier.yaml -> cs-describe-task-info.yaml\n"
                        + "13 changes: 0 ERR (breaking), 1 WARN (may break), 12 INFO (safe)")
                .contains("[response-property-enum-value-removed] GET /tasks/{task_id} response 200 application/json $.state",
                        "Java: enum constant TaskResultStatus.INITIAL added");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ERR, 0", "WARN, 1", "INFO, 1", "NEVER, 0", "warn, 1"})
    void exitsWithOneWhenAChangeIsAtOrAboveTheFailLevel(String failOn, int exitCode) {
        assertThat(run("diff", EARLIER, CURRENT, "--fail-on", failOn).exitCode()).isEqualTo(exitCode);
    }

    @Test
    void theReverseDiffBreaksClients() {
        // Going back drops six response properties (clients reading them would get nothing) and brings back
        // two enum values clients may not handle.
        Run run = run("diff", CURRENT, EARLIER, "--fail-on", "WARN", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"id\": \"response-optional-property-removed\"", "\"WARN\": 8");
    }

    @Test
    void levelOverridesAndIgnoresApply() {
        Run raised = run("diff", EARLIER, CURRENT, "--level", "response-property-enum-value-removed=err");
        assertThat(raised.exitCode()).isEqualTo(1);
        assertThat(raised.out()).contains("2 ERR (breaking)");

        Run ignored = run("diff", EARLIER, CURRENT, "--fail-on", "WARN", "--ignore", "response-property-enum-value-added",
                "--ignore", "api-schema-added");
        assertThat(ignored.exitCode()).isZero();
        assertThat(ignored.out()).contains("8 changes: 0 ERR (breaking), 0 WARN (may break), 8 INFO (safe)");
    }

    @Test
    void writesTheReportToAFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("reports/diff.html");
        Run run = run("diff", EARLIER, CURRENT, "--format", "html", "--output", report.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("13 changes (0 ERR, 1 WARN, 12 INFO) → " + report + System.lineSeparator());
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("response-property-enum-value-added");
    }

    @Test
    void usesTemplatesFromADirectory(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("diff-report.md.mustache"), "{{#changes}}\n{{id}}\n{{/changes}}\n");
        Run run = run("diff", EARLIER, CURRENT, "--format", "md", "--templates", templates.toString());

        assertThat(run.out().lines()).hasSize(13).contains("response-property-enum-value-removed");
    }

    @Test
    void anUnusableSpecExitsWithTwoAndNamesTheFile() {
        Run run = run("diff", coreSpec("bad/malformed.yaml").toString(), CURRENT);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("malformed.yaml", "specgen: the spec cannot be used");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void errorsOfBothSpecsAreReportedAtOnce() {
        Run run = run("diff", coreSpec("bad/malformed.yaml").toString(), coreSpec("bad/empty.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("malformed.yaml", "empty.yaml");
    }

    @Test
    void badArgumentsExitWithTwo() {
        Run format = run("diff", EARLIER, CURRENT, "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'pdf'; use text, markdown, html or json");

        Run rule = run("diff", EARLIER, CURRENT, "--ignore", "enum-value-removed");
        assertThat(rule.exitCode()).isEqualTo(2);
        assertThat(rule.err()).contains("unknown rule 'enum-value-removed' (did you mean");

        Run level = run("diff", EARLIER, CURRENT, "--fail-on", "SOMETIMES");
        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.err()).contains("unknown fail level 'SOMETIMES'; use ERR, WARN, INFO or NEVER");

        Run templates = run("diff", EARLIER, CURRENT, "--templates", "/no/such/dir");
        assertThat(templates.exitCode()).isEqualTo(2);
        assertThat(templates.err()).contains("template directory /no/such/dir does not exist");
    }

    @Test
    void timingsGoToStandardError() {
        Run run = run("diff", EARLIER, CURRENT, "--timings", "--format", "json");
        assertThat(run.err()).matches("specgen: read \\d+ ms, compared \\d+ ms, rendered \\d+ ms\\R");
    }
}
