package dev.specgen.cli;

import static dev.specgen.cli.SpecgenCommandTest.coreSpec;
import static dev.specgen.cli.SpecgenCommandTest.repoRoot;
import static dev.specgen.cli.SpecgenCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.cli.SpecgenCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code specgen generate}: the specs in {@code specs/} generate; bad specs and arguments write nothing. */
class GenerateCommandTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "Generated (\\d+) types in \\d+ files: (\\d+) written, (\\d+) unchanged, (\\d+) deleted in \\d+ ms → (.+)");

    @TempDir
    Path temp;

    static List<Path> taskApiSpecs() throws IOException {
        try (Stream<Path> files = Files.list(repoRoot().resolve("specs"))) {
            List<Path> specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(specs).hasSizeGreaterThanOrEqualTo(4);
            return specs;
        }
    }

    static List<String> badSpecs() {
        return List.of("malformed.yaml", "malformed-flow.yaml", "malformed.json", "empty.yaml", "whitespace.yaml",
                "list.yaml", "scalar.yaml", "no-openapi.yaml", "unresolved-ref.yaml", "missing-file-ref.yaml",
                "duplicate-operation-id.yaml", "allof-cycle.yaml", "several-errors.yaml");
    }

    private static String packageFor(Path spec) {
        return "com.example." + spec.getFileName().toString().replaceAll("\\.ya?ml$", "").replaceAll("[^a-z0-9]", "");
    }

    private static Matcher summary(Run run) {
        assertThat(run.out().lines().toList()).as("one line of output").hasSize(1);
        Matcher matcher = SUMMARY.matcher(run.out().strip());
        assertThat(matcher.matches()).as(run.out()).isTrue();
        return matcher;
    }

    @ParameterizedTest
    @MethodSource("taskApiSpecs")
    void generatesEachTaskApiSpec(Path spec) throws IOException {
        Path output = temp.resolve("out");
        String packageName = packageFor(spec);
        Run run = run("generate", "--spec", spec.toString(), "--output", output.toString(), "--package", packageName);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).as("no warnings for the repository's own specs").isEmpty();
        Matcher summary = summary(run);
        Path packageDir = output.resolve(packageName.replace('.', '/'));
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(packageDir)) {
            javaFiles = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        List<Path> usagePages;
        try (Stream<Path> files = Files.list(packageDir)) {
            usagePages = files.filter(p -> p.toString().endsWith("Client.md")).toList();
        }
        assertThat(javaFiles).contains(packageDir.resolve("package-info.java"),
                packageDir.resolve("validation/package-info.java"));
        assertThat(usagePages).hasSize(1);
        // Every Java file directly in the package but package-info and the client is a model type.
        long modelTypes = javaFiles.stream().filter(p -> p.getParent().equals(packageDir)).count() - 2;
        assertThat(Integer.parseInt(summary.group(1))).isEqualTo(modelTypes);
        assertThat(Integer.parseInt(summary.group(2))).isEqualTo(javaFiles.size() + usagePages.size());
        assertThat(summary.group(3)).isEqualTo("0");
        assertThat(summary.group(4)).isEqualTo("0");
        assertThat(Path.of(summary.group(5))).isEqualTo(output.toAbsolutePath().normalize());
        for (Path file : javaFiles) {
            assertThat(Files.readString(file)).startsWith(file.getFileName().toString().equals("package-info.java")
                    ? "/**" : "package " + packageName + (file.getParent().equals(packageDir) ? ";" : ".validation;"));
        }
    }

    @ParameterizedTest
    @MethodSource("taskApiSpecs")
    void aSecondRunReportsEverythingUnchangedAndTouchesNothing(Path spec) throws IOException {
        Path output = temp.resolve("out");
        String[] args = {"generate", "--spec", spec.toString(), "--output", output.toString(), "--package",
            packageFor(spec)};
        Matcher first = summary(run(args));
        Map<Path, String> before = snapshot(output);
        FileTime stamp = FileTime.fromMillis(946_684_800_000L);
        for (Path file : before.keySet()) {
            Files.setLastModifiedTime(output.resolve(file), stamp);
        }

        Run second = run(args);
        assertThat(second.exitCode()).isZero();
        Matcher summary = summary(second);
        assertThat(summary.group(2)).as("written").isEqualTo("0");
        assertThat(summary.group(3)).as("unchanged").isEqualTo(first.group(2));
        assertThat(summary.group(4)).as("deleted").isEqualTo("0");
        assertThat(snapshot(output)).isEqualTo(before);
        for (Path file : before.keySet()) {
            assertThat(Files.getLastModifiedTime(output.resolve(file))).as(file.toString()).isEqualTo(stamp);
        }
    }

    @ParameterizedTest
    @MethodSource("badSpecs")
    void aBadSpecExitsWithTwoAndWritesNothing(String fixture) {
        Path spec = coreSpec("bad/" + fixture).toAbsolutePath().normalize();
        Path output = temp.resolve("out");
        Run run = run("generate", "--spec", spec.toString(), "--output", output.toString(), "--package", "com.example");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(spec + ":").contains(": error: ").containsPattern("\\[[a-z-]+]")
                .contains("specgen: the spec cannot be used").contains("Nothing was written.");
        assertThat(output).doesNotExist();
    }

    @Test
    void eachBadSpecIsReportedWithItsOwnCode() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("malformed.yaml", "malformed-yaml"),
                Map.entry("malformed-flow.yaml", "malformed-yaml"),
                Map.entry("malformed.json", "malformed-json"),
                Map.entry("empty.yaml", "empty-spec"),
                Map.entry("whitespace.yaml", "empty-spec"),
                Map.entry("list.yaml", "not-an-object"),
                Map.entry("scalar.yaml", "not-an-object"),
                Map.entry("no-openapi.yaml", "not-openapi"),
                Map.entry("unresolved-ref.yaml", "unresolved-ref"),
                Map.entry("missing-file-ref.yaml", "unresolved-ref"),
                Map.entry("duplicate-operation-id.yaml", "duplicate-operation-id"),
                Map.entry("allof-cycle.yaml", "allof-cycle"),
                Map.entry("several-errors.yaml", "unresolved-ref"));
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(badSpecs());
        expected.forEach((fixture, code) -> {
            Run run = run("generate", "--spec", coreSpec("bad/" + fixture).toString(), "--output",
                    temp.resolve("out").toString(), "--package", "com.example");
            assertThat(run.err()).as(fixture).contains("[" + code + "]");
        });
    }

    @Test
    void theErrorsOfASpecAreAllPrintedWithTheirLines() {
        Path spec = coreSpec("bad/several-errors.yaml").toAbsolutePath().normalize();
        Run run = run("generate", "--spec", spec.toString(), "--output", temp.resolve("out").toString(),
                "--package", "com.example");
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(errors).hasSize(3);
        assertThat(errors).allSatisfy(l -> assertThat(l).matches(Pattern.quote(spec.toString()) + ":\\d+: error: .*"));
        assertThat(run.err()).contains("(3 errors)");
    }

    @Test
    void aRefToAMissingFileNamesIt() {
        Path spec = coreSpec("bad/missing-file-ref.yaml").toAbsolutePath().normalize();
        Run run = run("generate", "--spec", spec.toString(), "--output", temp.resolve("out").toString(),
                "--package", "com.example");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(spec.resolveSibling("other.yaml") + ", which does not exist");
    }

    @Test
    void aFailedRunLeavesThePreviousOutputByteForByte() throws IOException {
        Path output = temp.resolve("out");
        Path good = repoRoot().resolve("specs/cs-describe-task-info.yaml");
        assertThat(run("generate", "--spec", good.toString(), "--output", output.toString(), "--package",
                "com.example.tasks").exitCode()).isZero();
        Files.writeString(output.resolve("com/example/tasks/NotGenerated.java"), "// mine\n");
        Map<Path, String> before = snapshot(output);
        FileTime stamp = FileTime.fromMillis(946_684_800_000L);
        for (Path file : before.keySet()) {
            Files.setLastModifiedTime(output.resolve(file), stamp);
        }

        for (String fixture : badSpecs()) {
            Run run = run("generate", "--spec", coreSpec("bad/" + fixture).toString(), "--output", output.toString(),
                    "--package", "com.example.tasks");
            assertThat(run.exitCode()).as(fixture).isEqualTo(2);
            assertThat(snapshot(output)).as(fixture).isEqualTo(before);
            for (Path file : before.keySet()) {
                assertThat(Files.getLastModifiedTime(output.resolve(file))).as(fixture + ": " + file).isEqualTo(stamp);
            }
        }
    }

    @Test
    void timingsGoToStandardError() {
        Run run = run("generate", "--spec", repoRoot().resolve("specs/bdrc-describe-task.yaml").toString(),
                "--output", temp.resolve("out").toString(), "--package", "com.example.bdrc", "--timings");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).containsPattern("(?m)^specgen: read \\d+ ms, emitted \\d+ ms, wrote \\d+ ms$");
    }

    @Test
    void aSpecThatDoesNotExistExitsWithTwo() {
        Path missing = temp.resolve("nowhere.yaml");
        Run run = run("generate", "--spec", missing.toString(), "--output", temp.resolve("out").toString(),
                "--package", "com.example");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(missing.toAbsolutePath().normalize().toString(), "[file-not-found]");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingPackageIsABadArgument() {
        Run run = run("generate", "--spec", repoRoot().resolve("specs/bdrc-describe-task.yaml").toString(),
                "--output", temp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--package", "specgen generate --help");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1bad.pkg", "com.class.tasks", "com..tasks", "com.example-tasks", ""})
    void anInvalidPackageIsABadArgument(String packageName) {
        Run run = run("generate", "--spec", repoRoot().resolve("specs/bdrc-describe-task.yaml").toString(),
                "--output", temp.resolve("out").toString(), "--package", packageName);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'" + packageName + "' is not a valid Java package name");
        assertThat(run.out()).isEmpty();
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void missingSpecOrOutputIsABadArgument() {
        Run noSpec = run("generate", "--output", temp.resolve("out").toString(), "--package", "com.example");
        assertThat(noSpec.exitCode()).isEqualTo(2);
        assertThat(noSpec.err()).contains("--spec");
        Run noOutput = run("generate", "--spec", repoRoot().resolve("specs/bdrc-describe-task.yaml").toString(),
                "--package", "com.example");
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.err()).contains("--output");
    }

    @Test
    void anOutputThatIsAFileExitsWithTwo() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        Run run = run("generate", "--spec", repoRoot().resolve("specs/bdrc-describe-task.yaml").toString(),
                "--output", file.toString(), "--package", "com.example");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("specgen: cannot write to " + file);
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    /** Every file under the directory (relative path → content). */
    static Map<Path, String> snapshot(Path directory) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file), Files.readString(file));
            }
        }
        return files;
    }
}
