package dev.specgen.cli;

import static dev.specgen.cli.SpecgenCommandTest.coreSpec;
import static dev.specgen.cli.SpecgenCommandTest.repoRoot;
import static dev.specgen.cli.SpecgenCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.cli.SpecgenCommandTest.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code specgen check}: the specs in {@code specs/} show only the inconsistencies their README records. */
class CheckCommandTest {

    /** {@code file:line: warning: message (at /pointer) [code]}. */
    private static final Pattern FINDING = Pattern.compile("(.+?):(\\d+): (warning|error): (.*) \\(at (\\S+)\\) \\[([a-z-]+)]");

    static List<Path> taskApiSpecs() throws IOException {
        return GenerateCommandTest.taskApiSpecs();
    }

    private static List<Matcher> findings(Run run) {
        List<Matcher> findings = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            Matcher matcher = FINDING.matcher(line);
            if (matcher.matches()) {
                findings.add(matcher);
            }
        }
        return findings;
    }

    @ParameterizedTest
    @MethodSource("taskApiSpecs")
    void eachTaskApiSpecHasOnlyTheRecordedExampleFindings(Path spec) {
        Run run = run("check", spec.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 1);
        assertThat(run.err()).isEmpty();
        List<Matcher> findings = findings(run);
        for (Matcher finding : findings) {
            assertThat(finding.group(6)).as(finding.group()).isEqualTo("example-format");
            assertThat(finding.group(3)).isEqualTo("warning");
            assertThat(Path.of(finding.group(1))).isEqualTo(spec.toAbsolutePath().normalize());
        }
        List<String> lines = run.out().lines().toList();
        String last = lines.get(lines.size() - 1);
        if (run.exitCode() == 0) {
            assertThat(findings).isEmpty();
            assertThat(last).isEqualTo(spec + ": clean");
        } else {
            assertThat(last).isEqualTo(spec + ": " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
            // Each finding line is followed by its hint, and nothing else is printed.
            assertThat(lines).hasSize(findings.size() * 2 + 1);
        }
    }

    @Test
    void theFindingsAreExactlyTheEightListedInTheSpecsReadme() {
        List<String> found = new ArrayList<>();
        for (String name : List.of("bdrc-describe-task.yaml", "cs-describe-task-info-earlier.yaml",
                "cs-describe-task-info.yaml", "eflo-controller-describe-task.yaml")) {
            for (Matcher finding : findings(run("check", repoRoot().resolve("specs").resolve(name).toString()))) {
                String message = finding.group(4);
                String jsonPath = message.contains(" $.") ? " " + message.substring(message.indexOf("$."),
                        message.indexOf(' ', message.indexOf("$."))) : "";
                found.add(name + " " + finding.group(5) + jsonPath);
            }
        }
        assertThat(found).containsExactlyInAnyOrder(
                "cs-describe-task-info.yaml /components/schemas/TaskStage/properties/start_time/example",
                "cs-describe-task-info.yaml /components/schemas/TaskStage/properties/end_time/example",
                "cs-describe-task-info.yaml /paths/~1tasks~1{task_id}/get/responses/200/content/application~1json/example"
                        + " $.stages[0].start_time",
                "cs-describe-task-info.yaml /paths/~1tasks~1{task_id}/get/responses/200/content/application~1json/example"
                        + " $.stages[0].end_time",
                "eflo-controller-describe-task.yaml /components/schemas/TaskStep/properties/StartTime/example",
                "eflo-controller-describe-task.yaml /components/schemas/SubTask/properties/CreateTime/example",
                "eflo-controller-describe-task.yaml /paths/~1/post/responses/200/content/application~1json/example"
                        + " $.Steps[0].StartTime",
                "eflo-controller-describe-task.yaml /paths/~1/post/responses/200/content/application~1json/example"
                        + " $.Steps[0].SubTasks[0].CreateTime");
    }

    @Test
    void namesThatHadToChangeAreFindings() {
        Run run = run("check", coreSpec("naming.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[renamed]", "'task-id' clashes with another name in the same scope;"
                + " it is called taskId2 in Java", "[enum-empty-value]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed.yaml", "empty.yaml", "list.yaml", "unresolved-ref.yaml",
        "missing-file-ref.yaml", "duplicate-operation-id.yaml", "allof-cycle.yaml"})
    void anUnusableSpecExitsWithTwo(String fixture) {
        Path spec = coreSpec("bad/" + fixture).toAbsolutePath().normalize();
        Run run = run("check", spec.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(spec + ":", ": error: ", "specgen: the spec cannot be used");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSpecThatDoesNotExistExitsWithTwo() {
        Run run = run("check", repoRoot().resolve("specs/no-such-spec.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-spec.yaml", "[file-not-found]");
    }

    @Test
    void aMissingFileArgumentIsABadArgument() {
        Run run = run("check");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("FILE", "specgen check --help");
    }
}
