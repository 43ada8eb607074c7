package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines of JSON files come from one streaming pass ({@link JsonLines}); they must be SnakeYAML's lines. */
class SourceLinesTest {

    @TempDir
    Path temp;

    @Test
    void findsKeysElementsEscapedNamesAndTheNearestExistingAncestor() throws IOException {
        Path file = temp.resolve("spec.json");
        Files.writeString(file, String.join("\n",
                "{",                                    // 1
                "  \"openapi\": \"3.0.3\",",            // 2
                "  \"paths\": {",                       // 3
                "    \"/a/{id}\": {",                   // 4
                "      \"get\": {\"tags\": [\"x\",",    // 5
                "        \"y\"]}",                      // 6
                "    }",                                // 7
                "  },",                                 // 8
                "  \"dup\": 1,",                        // 9
                "  \"dup\": {\"inner\": 2}",            // 10
                "}"));
        Map<String, Integer> expected = Map.of(
                "/openapi", 2,
                "/paths/~1a~1{id}", 4,
                "/paths/~1a~1{id}/get/tags/1", 6,
                "/paths/~1a~1{id}/get/tags/7", 5,
                "/paths/~1nowhere/get", 3,
                "/dup/inner", 9);
        List<Diagnostic> diagnostics = new ArrayList<>();
        expected.keySet().forEach(pointer -> diagnostics.add(warning(file, pointer)));

        List<Diagnostic> located = new SourceLines().withLines(diagnostics);

        for (Diagnostic diagnostic : located) {
            String pointer = diagnostic.location().pointer();
            assertThat(diagnostic.line()).as(pointer).isEqualTo(expected.get(pointer));
            assertThat(diagnostic.line()).as("SnakeYAML's line of " + pointer)
                    .isEqualTo(new SourceLines().lineOf(diagnostic.location()));
        }
    }

    @Test
    void everyNodeOfARealSpecWrittenAsJsonHasSnakeYamlsLine() throws IOException {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(Path.of("src/test/resources/specs/constructs.yaml").toFile());
        Path file = temp.resolve("constructs.json");
        Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        List<Diagnostic> diagnostics = new ArrayList<>();
        collect(tree, "", file, diagnostics);
        // And some that are not there, located at their nearest ancestor.
        diagnostics.add(warning(file, "/components/schemas/NoSuchSchema/properties/x"));
        diagnostics.add(warning(file, "/paths/~1nowhere"));
        assertThat(diagnostics).hasSizeGreaterThan(150);

        List<Diagnostic> located = new SourceLines().withLines(diagnostics);

        SourceLines snakeYaml = new SourceLines();
        for (Diagnostic diagnostic : located) {
            assertThat(diagnostic.line()).as(diagnostic.location().pointer())
                    .isPositive()
                    .isEqualTo(snakeYaml.lineOf(diagnostic.location()));
        }
    }

    @Test
    void aFileThatIsNotJsonIsReadAsYaml() throws IOException {
        Path file = temp.resolve("spec.yaml");
        Files.writeString(file, "openapi: 3.0.3\npaths:\n  /a:\n    get: {}\n");

        List<Diagnostic> located = new SourceLines().withLines(List.of(warning(file, "/paths/~1a/get")));

        assertThat(located.get(0).line()).isEqualTo(4);
    }

    private static void collect(JsonNode node, String pointer, Path file, List<Diagnostic> into) {
        if (!pointer.isEmpty()) {
            into.add(warning(file, pointer));
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), file,
                        into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, file, into);
            }
        }
    }

    private static Diagnostic warning(Path file, String pointer) {
        return Diagnostic.warning("test", "a warning", new SourceLocation(file, pointer), null);
    }
}
