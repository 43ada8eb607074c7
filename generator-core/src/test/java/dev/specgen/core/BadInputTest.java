package dev.specgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.testing.TestSpecs;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs that cannot be used: each gets an error with a stable code, naming the file and, where the
 * problem has one, the JSON pointer and line; and nothing is written.
 */
class BadInputTest {

    @TempDir
    Path temp;

    private static Path bad(String name) {
        return TestSpecs.resource("bad/" + name).toAbsolutePath().normalize();
    }

    /** Reads the spec, expecting it to be refused; returns its errors. */
    private static List<Diagnostic> errors(Path spec) {
        SpecException e = assertThrows(SpecException.class, () -> Specgen.read(spec));
        assertThat(e.diagnostics()).as("a refused spec has at least one error").isNotEmpty();
        assertThat(e.getMessage()).as("the exception message lists the problems").contains(spec.getFileName().toString());
        return e.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }

    /** The single error of a spec, with the given code, located in the spec's file. */
    private static Diagnostic onlyError(Path spec, String code) {
        List<Diagnostic> errors = errors(spec);
        assertThat(errors).as(errors.toString()).hasSize(1);
        Diagnostic error = errors.get(0);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.location()).isNotNull();
        assertThat(error.location().file()).isEqualTo(spec);
        assertThat(error.format()).startsWith(spec.toString());
        return error;
    }

    @Test
    void malformedYamlIsReportedAtTheLineOfTheProblem() {
        // Line 9 is indented with a tab; Jackson's own location would point at line 8.
        Diagnostic error = onlyError(bad("malformed.yaml"), "malformed-yaml");
        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).contains("TAB").contains("line 9, column 1");
        assertThat(error.format()).startsWith(bad("malformed.yaml") + ":9: error: malformed YAML");
    }

    @Test
    void malformedYamlNamesWhereTheBrokenConstructStarted() {
        // An unclosed flow mapping opened on line 11; the parser finds out on line 12.
        Diagnostic error = onlyError(bad("malformed-flow.yaml"), "malformed-yaml");
        assertThat(error.line()).isEqualTo(12);
        assertThat(error.message()).contains("flow mapping (line 11)").contains("expected ',' or '}'");
    }

    @Test
    void malformedJsonIsReportedAtItsLine() {
        Diagnostic error = onlyError(bad("malformed.json"), "malformed-json");
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.message()).startsWith("malformed JSON: ").contains("','");
    }

    @Test
    void anEmptyFileIsNotASpec() {
        Diagnostic error = onlyError(bad("empty.yaml"), "empty-spec");
        assertThat(error.message()).contains("empty");
        assertThat(error.location().pointer()).isEmpty();
    }

    @Test
    void aWhitespaceOnlyFileIsEmptyToo() {
        assertThat(onlyError(bad("whitespace.yaml"), "empty-spec").message()).contains("empty");
    }

    @Test
    void aYamlListIsNotAnObject() {
        assertThat(onlyError(bad("list.yaml"), "not-an-object").message()).isEqualTo("spec is an array, not an object");
    }

    @Test
    void aYamlScalarIsNotAnObject() {
        assertThat(onlyError(bad("scalar.yaml"), "not-an-object").message()).isEqualTo("spec is a string, not an object");
    }

    @Test
    void anObjectWithoutAnOpenapiFieldIsNotOpenApi() {
        Diagnostic error = onlyError(bad("no-openapi.yaml"), "not-openapi");
        assertThat(error.message()).contains("'openapi'");
        assertThat(error.hint()).contains("openapi: 3.0.3");
    }

    @Test
    void anUnresolvedRefIsReportedWhereItIsUsed() {
        Diagnostic error = onlyError(bad("unresolved-ref.yaml"), "unresolved-ref");
        assertThat(error.message()).contains("#/components/schemas/Missing");
        assertThat(error.location().pointer()).isEqualTo("/components/schemas/Task/properties/owner");
        assertThat(error.line()).as("the line of the property's key").isEqualTo(13);
    }

    @Test
    void aRefToAMissingFileNamesTheFile() {
        Path spec = bad("missing-file-ref.yaml");
        Diagnostic error = onlyError(spec, "unresolved-ref");
        assertThat(error.message())
                .contains("other.yaml#/components/schemas/X")
                .contains(spec.resolveSibling("other.yaml").toString())
                .contains("does not exist");
        assertThat(error.location().pointer()).isEqualTo("/components/schemas/Task/properties/detail");
        assertThat(error.line()).as("the line of the property's key").isEqualTo(13);
    }

    @Test
    void duplicateOperationIdsMentionBothOperations() {
        Diagnostic error = onlyError(bad("duplicate-operation-id.yaml"), "duplicate-operation-id");
        assertThat(error.message()).contains("'getTask'").contains("/paths/~1tasks/get");
        assertThat(error.location().pointer()).isEqualTo("/paths/~1tasks~1{id}/get/operationId");
        assertThat(error.line()).isEqualTo(14);
    }

    @Test
    void anAllOfCycleIsReportedAtTheReferencesThatCloseIt() throws IOException {
        Path spec = bad("allof-cycle.yaml");
        List<Diagnostic> errors = errors(spec);
        assertThat(errors).extracting(Diagnostic::code).containsOnly("allof-cycle");
        Map<String, String> messageByPointer = new TreeMap<>();
        errors.forEach(e -> messageByPointer.put(e.location().pointer(), e.message()));
        // Pointers into the file as written (not a path through the $refs), so an editor can jump there.
        assertThat(messageByPointer).containsOnlyKeys("/components/schemas/A/allOf/0", "/components/schemas/B/allOf/0");
        assertThat(messageByPointer.values()).allSatisfy(m -> assertThat(m).startsWith("allOf cycle: ")
                .containsAnyOf("A → B → A", "B → A → B"));
        assertThat(errors).extracting(Diagnostic::line).containsExactlyInAnyOrder(10, 17);
        List<String> lines = Files.readAllLines(spec);
        assertThat(lines.get(9)).contains("$ref: '#/components/schemas/B'");
        assertThat(lines.get(16)).contains("$ref: '#/components/schemas/A'");
    }

    @Test
    void severalErrorsAreReportedTogether() {
        List<Diagnostic> errors = errors(bad("several-errors.yaml"));
        Map<String, String> codeByPointer = new TreeMap<>();
        errors.forEach(e -> codeByPointer.put(e.location().pointer(), e.code()));
        assertThat(codeByPointer).containsExactlyInAnyOrderEntriesOf(Map.of(
                "/paths/~1a/get/responses/200/content/application~1json/schema", "unresolved-ref",
                "/paths/~1b/get/operationId", "duplicate-operation-id",
                "/components/schemas/Task/properties/owner", "unresolved-ref"));
        assertThat(errors).allSatisfy(e -> assertThat(e.line()).isPositive());
        assertThat(errors).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains("NoSuchResponse"))
                .anySatisfy(m -> assertThat(m).contains("Nobody"));
    }

    @Test
    void aSpecThatDoesNotExistIsNamed() {
        Path missing = temp.resolve("no-such-spec.yaml").toAbsolutePath().normalize();
        Diagnostic error = onlyError(missing, "file-not-found");
        assertThat(error.format()).startsWith(missing + ": error: ");
    }

    @Test
    void aDirectoryIsNotASpec() {
        onlyError(temp.toAbsolutePath().normalize(), "file-not-found");
    }

    @Test
    void anAbsurdlyLargeFileIsRefusedWithoutReadingIt() throws IOException {
        Path huge = temp.resolve("huge.yaml").toAbsolutePath().normalize();
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(300L * 1024 * 1024); // sparse: no disk space used
        }
        Diagnostic error = onlyError(huge, "spec-too-large");
        assertThat(error.message()).contains(String.valueOf(300L * 1024 * 1024));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path latin1 = temp.resolve("latin1.yaml").toAbsolutePath().normalize();
        Files.write(latin1, "openapi: 3.0.3\ninfo:\n  title: Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        onlyError(latin1, "not-utf8");
    }

    @Test
    void aRefToAnotherFileIsResolved() throws IOException {
        Path spec = temp.resolve("main.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Split, version: '1'}
                paths: {}
                components:
                  schemas:
                    Task:
                      type: object
                      properties:
                        detail:
                          $ref: 'parts/detail.yaml#/components/schemas/Detail'
                """);
        Files.createDirectories(temp.resolve("parts"));
        Files.writeString(temp.resolve("parts/detail.yaml"), """
                components:
                  schemas:
                    Detail:
                      type: object
                      properties:
                        note: {type: string}
                """);
        List<TypeDef> types = Specgen.read(spec).model().types();
        assertThat(types).extracting(TypeDef::javaName).containsExactly("Detail", "Task");
        RecordType task = (RecordType) types.get(1);
        assertThat(task.properties().get(0).type()).isEqualTo(new TypeRef.Named("Detail"));
    }

    @Test
    void aMissingFileIsReportedAloneNotWithEveryReferenceAfterIt() throws IOException {
        // Swagger Parser stops resolving at the first file it cannot load; the valid reference after
        // it must not be reported as broken.
        Path spec = temp.resolve("main.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Split, version: '1'}
                paths: {}
                components:
                  schemas:
                    A:
                      type: object
                      properties:
                        gone:
                          $ref: 'gone.yaml#/components/schemas/X'
                    B:
                      type: object
                      properties:
                        fine:
                          $ref: 'other.yaml#/components/schemas/X'
                        alsoGone:
                          $ref: 'sub/gone.yaml'
                """);
        Files.writeString(temp.resolve("other.yaml"), """
                components:
                  schemas:
                    X:
                      type: object
                      properties:
                        x: {type: string}
                """);
        List<Diagnostic> errors = errors(spec.toAbsolutePath().normalize());
        assertThat(errors).extracting(e -> e.location().pointer()).containsExactlyInAnyOrder(
                "/components/schemas/A/properties/gone", "/components/schemas/B/properties/alsoGone");
        assertThat(errors).extracting(Diagnostic::line).containsExactlyInAnyOrder(9, 16);
        assertThat(errors).extracting(Diagnostic::message).allSatisfy(m -> assertThat(m).contains("does not exist"));
    }

    @Test
    void aFailedGenerateLeavesThePreviousOutputAsItWas() throws IOException {
        Path output = temp.resolve("out");
        Specgen.generate(new GenerateRequest(TestSpecs.resource("naming.yaml"), output, "com.example.names"));
        Map<Path, String> before = snapshot(output);
        assertThat(before).isNotEmpty();
        FileTime stamp = FileTime.fromMillis(946_684_800_000L); // 2000-01-01, to see any touch
        for (Path file : before.keySet()) {
            Files.setLastModifiedTime(output.resolve(file), stamp);
        }

        for (String fixture : List.of("malformed.yaml", "unresolved-ref.yaml", "missing-file-ref.yaml",
                "allof-cycle.yaml", "duplicate-operation-id.yaml", "several-errors.yaml")) {
            assertThrows(SpecException.class, () -> Specgen.generate(
                    new GenerateRequest(bad(fixture), output, "com.example.names")), fixture);
            assertThat(snapshot(output)).as(fixture).isEqualTo(before);
            for (Path file : before.keySet()) {
                assertThat(Files.getLastModifiedTime(output.resolve(file))).as(fixture + " " + file).isEqualTo(stamp);
            }
        }
    }

    @Test
    void aFailedGenerateCreatesNoOutputDirectory() {
        Path output = temp.resolve("never");
        assertThrows(SpecException.class,
                () -> Specgen.generate(new GenerateRequest(bad("unresolved-ref.yaml"), output, "com.example")));
        assertThat(output).doesNotExist();
    }

    /** Every file under the directory (relative path → content), including Specgen's manifest. */
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
