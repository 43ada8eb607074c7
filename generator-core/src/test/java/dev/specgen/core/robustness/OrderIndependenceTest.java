package dev.specgen.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.core.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output is byte-identical across runs and whatever order the spec lists things in where OpenAPI gives
 * the order no meaning.
 *
 * <p>Shuffled (keyed maps, or sets written as lists): {@code paths}, the members of a path item (its
 * operations), every section of {@code components} and the entries in it, a schema's {@code properties},
 * {@code required}, {@code responses}, a media type map ({@code content}), {@code headers},
 * {@code discriminator.mapping}, and the variables of a server.
 *
 * <p>Kept in the spec's order, because the order means something to the generated code or its users:
 * {@code enum} values (the order of the constants and of the docs), {@code parameters} (the order of a
 * client method's arguments after the path parameters), {@code allOf}/{@code oneOf}/{@code anyOf} members
 * (a union's variants are tried in that order), {@code servers} (the first is the default),
 * {@code security} alternatives and {@code tags}.
 */
class OrderIndependenceTest {

    private static final Set<String> UNORDERED_MAPS = Set.of("paths", "components", "schemas", "responses",
            "parameters", "requestBodies", "headers", "securitySchemes", "examples", "links", "callbacks",
            "properties", "content", "mapping", "variables");

    @TempDir
    Path temp;

    static Stream<Path> specs() {
        List<Path> specs = new ArrayList<>(TestSpecs.taskApiSpecs());
        for (String name : List.of("client.yaml", "constructs.yaml", "hostile-docs.yaml", "lint.yaml", "naming.yaml",
                "validation.yaml", "validation-3.1.yaml")) {
            specs.add(TestSpecs.resource(name));
        }
        return specs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void outputIsTheSameOnEveryRunAndForEveryOrderOfTheSpec(Path spec) throws IOException {
        Map<String, String> expected = generate(spec);
        assertThat(generate(spec)).as("a second run").isEqualTo(expected);
        JsonNode original = SpecDocument.read(spec);
        for (long seed = 1; seed <= 3; seed++) {
            JsonNode shuffled = original.deepCopy();
            shuffle(shuffled, "", new Random(seed));
            Path file = SpecDocument.write(shuffled, Files.createDirectories(temp.resolve("order-" + seed))
                    .resolve(spec.getFileName()));
            Map<String, String> actual = generate(file);
            assertThat(actual.keySet()).as("the files generated from %s shuffled with seed %d", spec.getFileName(), seed)
                    .isEqualTo(expected.keySet());
            for (String path : expected.keySet()) {
                assertThat(actual.get(path)).as("%s generated from %s shuffled with seed %d", path, spec.getFileName(),
                        seed).isEqualTo(expected.get(path));
            }
        }
    }

    private static Map<String, String> generate(Path spec) {
        Map<String, String> files = new TreeMap<>();
        for (GeneratedFile file : Specgen.emit(Specgen.read(spec).model(), GeneratorOptions.of("dev.specgen.order"))) {
            files.put(file.relativePath(), file.content());
        }
        return files;
    }

    /**
     * Shuffles the unordered maps and {@code required} lists of the tree in place; {@code parent} is the name
     * of the member the node is the value of. Data ({@code example}, {@code default}, {@code enum}, extensions)
     * is left alone.
     */
    private static void shuffle(JsonNode node, String parent, Random random) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            object.fields().forEachRemaining(members::add);
            if (UNORDERED_MAPS.contains(parent) || isPathItem(parent)) {
                Collections.shuffle(members, random);
                object.removeAll();
                members.forEach(member -> object.set(member.getKey(), member.getValue()));
            }
            for (Map.Entry<String, JsonNode> member : members) {
                if (!Set.of("example", "examples", "default", "enum", "const").contains(member.getKey())
                        && !member.getKey().startsWith("x-")) {
                    shuffle(member.getValue(), member.getKey(), random);
                }
            }
        } else if (node instanceof ArrayNode array) {
            if (parent.equals("required")) {
                List<JsonNode> elements = new ArrayList<>();
                array.forEach(elements::add);
                Collections.shuffle(elements, random);
                array.removeAll();
                elements.forEach(array::add);
            }
            array.forEach(element -> shuffle(element, "", random));
        }
    }

    /** A member of {@code paths}: its operations are keyed by method. */
    private static boolean isPathItem(String name) {
        return name.startsWith("/");
    }
}
