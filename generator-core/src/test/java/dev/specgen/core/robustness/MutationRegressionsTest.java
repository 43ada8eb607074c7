package dev.specgen.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects {@link MutatedSpecsTest} found, each as the small spec it shrank to: the spec is now refused
 * with a located error (or read), where it used to fail with another exception.
 */
class MutationRegressionsTest {

    @TempDir
    Path temp;

    private Path spec(String yaml) throws IOException {
        return Files.writeString(temp.resolve("spec.yaml"), yaml);
    }

    /** The errors of a refused spec. */
    private static List<Diagnostic> errors(Path spec) {
        SpecException e = assertThrows(SpecException.class, () -> Specgen.read(spec));
        return e.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }

    @Test
    void aParameterWithoutANameIsRefusedAtItsPlace() throws IOException {
        Path spec = spec("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      parameters:
                      - name: X-Trace-Id
                        in: header
                      - in: header
                      responses:
                        '204': {description: none}
                """);
        assertThat(errors(spec)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("invalid-parameter");
            assertThat(error.message()).isEqualTo("parameter has no name");
            assertThat(error.location().file()).isEqualTo(spec);
            assertThat(error.location().pointer()).isEqualTo("/paths/~1pets/get/parameters/1");
            assertThat(error.line()).isEqualTo(9);
        });
    }
}
