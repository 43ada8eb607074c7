package dev.specgen.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.testing.CompiledSources;
import dev.specgen.core.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schemas nested 1,000 levels deep (properties in properties, items in items, allOf in allOf), in JSON and
 * in YAML, are refused with one located error naming the limit, never with a {@link StackOverflowError} from
 * the readers, Swagger Parser, the translators or the emitters; schemas nested just under the limit are
 * generated and compile.
 */
class DeepNestingTest {

    @TempDir
    Path temp;

    /**
     * How a schema nests in its parent. A step in {@code properties} or {@code allOf} takes two JSON levels,
     * one in {@code items} one; the document itself takes three above the schema (root, components, schemas)
     * and the innermost schema one, so 126, 126 and 252 steps are the most that fit in 256 levels.
     */
    enum Step { PROPERTIES, ITEMS, ALL_OF }

    @ParameterizedTest(name = "{0} nested {1} deep, as {2}")
    @CsvSource({
        "PROPERTIES, 1000, json", "PROPERTIES, 1000, yaml",
        "ITEMS, 1000, json", "ITEMS, 1000, yaml",
        "ALL_OF, 1000, json", "ALL_OF, 1000, yaml",
        "ITEMS, 100000, json"})
    void aSchemaNestedTooDeeplyIsRefusedWithALocatedError(Step step, int depth, String format) throws IOException {
        Path spec = write(step, depth, format);
        SpecException e = assertThrows(SpecException.class, () -> Specgen.read(spec));
        assertThat(e.diagnostics()).singleElement().satisfies(error -> {
            assertThat(error.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(error.code()).isEqualTo("too-deep");
            assertThat(error.message()).contains("more than 256 levels deep");
            assertThat(error.hint()).contains("components/schemas").contains("$ref");
            assertThat(error.location().file()).isEqualTo(spec);
            // The first place too deep, in the schema that is, and its line.
            assertThat(error.location().pointer()).startsWith("/components/schemas/Deep/");
            assertThat(error.location().pointer().split("/", -1)).hasSize(257);
            assertThat(error.line()).isEqualTo(format.equals("json") ? 1 : expectedYamlLine(step));
        });
    }

    @ParameterizedTest(name = "{0} nested {1} deep, as {2}")
    @CsvSource({"PROPERTIES, 30, json", "ITEMS, 252, yaml", "ALL_OF, 126, yaml", "ALL_OF, 126, json"})
    void aSchemaNestedJustUnderTheLimitIsGeneratedAndCompiles(Step step, int depth, String format) throws IOException {
        Path spec = write(step, depth, format);
        List<GeneratedFile> files = Specgen.emit(Specgen.read(spec).model(), GeneratorOptions.of("dev.specgen.deep"));
        CompiledSources compiled = CompiledSources.compile(files);
        assertThat(compiled.problems()).isEmpty();
    }

    /**
     * The line where the first container too deep starts in the YAML {@link #yaml} writes: that of its first
     * member, the line after its key.
     */
    private static int expectedYamlLine(Step step) {
        int header = 6;
        return switch (step) {
            case PROPERTIES -> header + 3 * 126 + 3; // three lines a step; the value of step 127's 'properties:'
            case ITEMS -> header + 2 * 252 + 3;
            case ALL_OF -> header + 2 * 126 + 2;
        };
    }

    private Path write(Step step, int depth, String format) throws IOException {
        String text = format.equals("json") ? json(step, depth) : yaml(step, depth);
        return Files.writeString(temp.resolve("deep." + format), text);
    }

    private static String json(Step step, int depth) {
        StringBuilder out = new StringBuilder("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Deep\", \"version\": \"1\"},"
                + " \"paths\": {}, \"components\": {\"schemas\": {\"Deep\": ");
        for (int i = 0; i < depth; i++) {
            out.append(switch (step) {
                case PROPERTIES -> "{\"type\": \"object\", \"properties\": {\"p" + i + "\": ";
                case ITEMS -> "{\"type\": \"array\", \"items\": ";
                case ALL_OF -> "{\"allOf\": [";
            });
        }
        out.append("{\"type\": \"string\"}");
        String close = switch (step) {
            case PROPERTIES -> "}}";
            case ITEMS -> "}";
            case ALL_OF -> "]}";
        };
        out.append(close.repeat(depth));
        return out.append("}}}").toString();
    }

    /** Block-style YAML, indented two spaces a level, as a person would write it. */
    private static String yaml(Step step, int depth) {
        StringBuilder out = new StringBuilder("openapi: 3.0.3\ninfo: {title: Deep, version: '1'}\npaths: {}\n"
                + "components:\n  schemas:\n    Deep:\n");
        String indent = "      ";
        for (int i = 0; i < depth; i++) {
            switch (step) {
                case PROPERTIES -> {
                    out.append(indent).append("type: object\n").append(indent).append("properties:\n")
                            .append(indent).append("  p").append(i).append(":\n");
                    indent += "    ";
                }
                case ITEMS -> {
                    out.append(indent).append("type: array\n").append(indent).append("items:\n");
                    indent += "  ";
                }
                case ALL_OF -> {
                    out.append(indent).append("allOf:\n").append(indent).append("-\n");
                    indent += "  ";
                }
            }
        }
        return out.append(indent).append("type: string\n").toString();
    }

    /**
     * An inline schema's Java name joins its ancestors' names; nested 80 levels deep in properties it would be
     * over 255 bytes, too long for a file name, so the schema is refused at its place rather than failing
     * when its file is written.
     */
    @org.junit.jupiter.api.Test
    void aSchemaWhoseJavaNameIsTooLongForAFileNameIsRefusedAtItsPlace() throws IOException {
        Path spec = write(Step.PROPERTIES, 80, "yaml");
        SpecException e = assertThrows(SpecException.class, () -> Specgen.read(spec));
        List<Diagnostic> errors = e.diagnostics();
        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.code()).isEqualTo("name-too-long");
            assertThat(error.message()).contains("more than the 200");
            assertThat(error.location().pointer()).startsWith("/components/schemas/Deep/properties/p0/");
            assertThat(error.line()).isPositive();
        });
        assertThat(errors.get(0).message()).startsWith("the Java name of this schema, DeepP0P1P2P3");
    }
}
