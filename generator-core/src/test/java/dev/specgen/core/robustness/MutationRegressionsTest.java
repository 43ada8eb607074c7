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

    /** The spec is refused with exactly this error, in its file, at this pointer and line. */
    private static void assertOnlyError(Path spec, String code, String message, String pointer, int line) {
        assertThat(errors(spec)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.message()).isEqualTo(message);
            assertThat(error.location().file()).isEqualTo(spec);
            assertThat(error.location().pointer()).isEqualTo(pointer);
            assertThat(error.line()).isEqualTo(line);
        });
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
        assertOnlyError(spec, "invalid-parameter", "parameter has no name", "/paths/~1pets/get/parameters/1", 9);
    }

    @Test
    void aReferenceThatIsNotTextIsRefusedAtItsPlace() throws IOException {
        Path spec = spec("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet:
                      oneOf:
                      - $ref: null
                      - $ref: 7
                """);
        assertThat(errors(spec)).extracting(Diagnostic::code, Diagnostic::message, d -> d.location().pointer())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("invalid-ref", "$ref must be text, not null",
                                "/components/schemas/Pet/oneOf/0/$ref"),
                        org.assertj.core.groups.Tuple.tuple("invalid-ref", "$ref must be text, not a number",
                                "/components/schemas/Pet/oneOf/1/$ref"));
    }

    @Test
    void schemasThatAreNotObjectsAreRefusedAtTheirPlace() throws IOException {
        Path spec = spec("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      parameters:
                      - {name: limit, in: query, schema: 42}
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json: {schema: null}
                components:
                  schemas:
                    Pet:
                      type: object
                      properties:
                        name: text
                        tags: {type: array, items: []}
                        owner: {allOf: {$ref: '#/components/schemas/Owner'}}
                    Owner: ~
                """);
        assertThat(errors(spec)).extracting(Diagnostic::message, d -> d.location().pointer())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("a schema must be an object, not a number",
                                "/paths/~1pets/get/parameters/0/schema"),
                        org.assertj.core.groups.Tuple.tuple("a schema must be an object, not null",
                                "/paths/~1pets/get/responses/200/content/application~1json/schema"),
                        org.assertj.core.groups.Tuple.tuple("a schema must be an object, not text",
                                "/components/schemas/Pet/properties/name"),
                        org.assertj.core.groups.Tuple.tuple("a schema must be an object, not a list",
                                "/components/schemas/Pet/properties/tags/items"),
                        org.assertj.core.groups.Tuple.tuple("allOf must be a list of schemas, not a mapping",
                                "/components/schemas/Pet/properties/owner/allOf"),
                        org.assertj.core.groups.Tuple.tuple("a schema must be an object, not null",
                                "/components/schemas/Owner"));
        assertThat(errors(spec)).allSatisfy(error -> assertThat(error.line()).isPositive());
    }

    @Test
    void booleanSchemasAreSchemasInOpenApi31() throws IOException {
        Path spec = spec("""
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet:
                      type: object
                      properties:
                        anything: true
                      additionalProperties: false
                """);
        assertThat(Specgen.read(spec).model().types()).isNotEmpty();
    }

    @Test
    void aServerWithoutAUrlIsRefusedAtItsPlace() throws IOException {
        Path spec = spec("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                servers:
                - url: https://api.example.com
                - description: the URL was forgotten
                paths: {}
                """);
        assertOnlyError(spec, "invalid-server", "server has no url", "/servers/1", 5);
    }
}
