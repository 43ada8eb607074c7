package dev.specgen.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Where the repository's specs are, for tests. */
public final class TestSpecs {

    private TestSpecs() {}

    /** The repository root: surefire passes it; running from an IDE, the working directory's parent. */
    public static Path repoRoot() {
        String configured = System.getProperty("specgen.repoRoot");
        Path root = configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }

    /** The hand-written specs in {@code specs/}, sorted by file name. */
    public static List<Path> taskApiSpecs() {
        try (Stream<Path> files = Files.list(repoRoot().resolve("specs"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The Java package the tests generate a spec into: {@code dev.specgen.golden.csdescribetaskinfo}. */
    public static String packageFor(Path spec) {
        String name = spec.getFileName().toString().replaceAll("\\.ya?ml$", "").replaceAll("[^a-z0-9]", "");
        return "dev.specgen.golden." + name;
    }

    /** A test resource spec under {@code src/test/resources/specs/}. */
    public static Path resource(String name) {
        return repoRoot().resolve("generator-core/src/test/resources/specs").resolve(name);
    }
}
