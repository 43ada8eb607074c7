package dev.specgen.core.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.core.GenerateRequest;
import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.diagnostics.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalGeneratorTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Task:
                  type: object
                  properties:
                    id: {type: string}
                    owner: {$ref: 'common.yaml#/components/schemas/Owner'}
            """;
    private static final String COMMON = """
            openapi: 3.0.3
            info: {title: C, version: '1'}
            paths: {}
            components:
              schemas:
                Owner:
                  type: object
                  properties:
                    name: {type: string}
            """;

    @TempDir
    Path dir;

    private Path spec;
    private Path common;
    private Path output;
    private Path packageDirectory;

    @BeforeEach
    void writeSpecs() throws IOException {
        spec = Files.writeString(dir.resolve("api.yaml"), SPEC);
        common = Files.writeString(dir.resolve("common.yaml"), COMMON);
        output = dir.resolve("out");
        packageDirectory = output.resolve("com/example");
    }

    @Test
    void aSecondRunWithNothingChangedGeneratesNothing() throws IOException {
        assertThat(run().upToDate()).isFalse();
        Instant written = Files.getLastModifiedTime(packageDirectory.resolve("Task.java")).toInstant();

        IncrementalGenerator.Outcome second = run();

        assertThat(second.upToDate()).isTrue();
        assertThat(second.summary()).startsWith("up to date (");
        assertThat(Files.getLastModifiedTime(packageDirectory.resolve("Task.java")).toInstant()).isEqualTo(written);
    }

    @Test
    void touchingTheSpecWithoutChangingItIsStillUpToDate() throws IOException {
        run();
        FileTime touched = FileTime.from(Instant.now().plusSeconds(60));
        Files.setLastModifiedTime(spec, touched);

        assertThat(run().upToDate()).isTrue();
        // The new time is remembered, so that the next check need not hash the spec again.
        assertThat(Files.readString(packageDirectory.resolve(FingerprintFile.FILE_NAME)))
                .contains(" " + touched.toMillis() + " ");
    }

    @Test
    void aChangeInAReferencedFileRegeneratesOnlyWhatChanged() throws IOException {
        run();
        Files.writeString(common, COMMON.replace("name: {type: string}", "name: {type: string}\n        age: {type: integer}"));

        IncrementalGenerator.Outcome outcome = run();

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.generated().report().written()).containsExactly("Owner.java");
        assertThat(outcome.generated().report().unchanged()).contains("Task.java");
        assertThat(run().upToDate()).isTrue();
    }

    @Test
    void aDeletedOutputFileIsGeneratedAgain() throws IOException {
        run();
        Files.delete(packageDirectory.resolve("Owner.java"));

        IncrementalGenerator.Outcome outcome = run();

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.generated().report().written()).containsExactly("Owner.java");
    }

    @Test
    void changedOptionsRegenerate() {
        run();

        IncrementalGenerator.Outcome outcome = IncrementalGenerator.generate(
                new GenerateRequest(spec, output, GeneratorOptions.of("com.example").withValidators(false)));

        assertThat(outcome.upToDate()).isFalse();
    }

    @Test
    void aFailingRunLeavesTheOutputAndItsFingerprintAsTheyWere() throws IOException {
        run();
        Path fingerprint = packageDirectory.resolve(FingerprintFile.FILE_NAME);
        String before = Files.readString(fingerprint);
        String task = Files.readString(packageDirectory.resolve("Task.java"));
        Files.writeString(spec, SPEC.replace("common.yaml", "missing.yaml"));

        assertThatThrownBy(this::run).isInstanceOf(SpecException.class).hasMessageContaining("missing.yaml");

        assertThat(Files.readString(fingerprint)).isEqualTo(before);
        assertThat(Files.readString(packageDirectory.resolve("Task.java"))).isEqualTo(task);
        Files.writeString(spec, SPEC);
        assertThat(run().upToDate()).as("back to the generated input").isTrue();
    }

    @Test
    void theRecordListsEveryFileTheOutputWasMadeFrom() throws IOException {
        run();

        assertThat(Files.readString(packageDirectory.resolve(FingerprintFile.FILE_NAME)))
                .contains(" " + spec.toAbsolutePath().normalize() + "\n")
                .contains(" " + common.toAbsolutePath().normalize() + "\n");
    }

    private IncrementalGenerator.Outcome run() {
        return IncrementalGenerator.generate(new GenerateRequest(spec, output, "com.example"));
    }
}
