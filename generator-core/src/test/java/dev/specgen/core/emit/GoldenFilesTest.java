package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.core.write.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated sources of every spec in {@code specs/} and of the schema test specs, compared byte for byte
 * with the checked-in copies under {@code src/test/resources/golden/<spec>/}. After an intended change to the output,
 * update them with {@code ./mvnw -pl generator-core -am test -Dtest=GoldenFilesTest -Drecreate=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class GoldenFilesTest {

    private static final boolean RECREATE = Boolean.getBoolean("recreate");

    /** The task APIs, and the test specs that show every schema construct. */
    static List<Path> specs() {
        List<Path> specs = new java.util.ArrayList<>(TestSpecs.taskApiSpecs());
        specs.add(TestSpecs.resource("schemas-3.0.yaml"));
        specs.add(TestSpecs.resource("schemas-3.1.yaml"));
        return specs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void generatedSourcesMatchGoldenFiles(Path spec) throws IOException {
        String packageName = TestSpecs.packageFor(spec);
        Map<String, String> generated = new TreeMap<>();
        for (GeneratedFile file : Specgen.emit(Specgen.read(spec).model(), packageName)) {
            generated.put(file.relativePath().substring(packageName.length() + 1), file.content());
        }
        Path goldenDir = goldenDirectory(spec);
        if (RECREATE) {
            recreate(goldenDir, generated);
        }
        Map<String, String> golden = read(goldenDir);
        assertThat(generated.keySet())
                .as("generated files vs. %s (run with -Drecreate=true after an intended change)", goldenDir)
                .containsExactlyElementsOf(golden.keySet());
        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertThat(file.getValue())
                    .as("%s differs from its golden file (run with -Drecreate=true after an intended change)",
                            file.getKey())
                    .isEqualTo(golden.get(file.getKey()));
        }
    }

    static Path goldenDirectory(Path spec) {
        String name = spec.getFileName().toString().replaceAll("\\.ya?ml$", "");
        return TestSpecs.repoRoot().resolve("generator-core/src/test/resources/golden").resolve(name);
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(path).toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void recreate(Path dir, Map<String, String> generated) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
