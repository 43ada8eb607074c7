package dev.specgen.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specgen.core.testing.CompiledSources;
import dev.specgen.core.testing.TestSpecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever is done to a valid spec (nodes dropped, duplicated, retyped, renamed), Specgen either
 * generates code that compiles or refuses the spec with errors that each name the file and a JSON pointer
 * in it; it never fails with any other exception (a {@code NullPointerException}, a {@code ClassCastException},
 * a {@code StackOverflowError}...).
 *
 * <p>The tries are random but reproducible: a fixed seed by default, so the build is deterministic; run with
 * {@code -Dspecgen.robustness.seed=N -Dspecgen.robustness.tries=N} to explore further. A failure is shrunk
 * ({@link Shrinker}) to the fewest edits and the smallest document that still fail the same way, and reported
 * with the seed that found it.
 *
 * <p>Compiling is sampled: reading and emitting a mutated spec takes tens of milliseconds, compiling its output
 * one to three seconds on two cores, so one success in {@value #COMPILE_ONE_IN}, drawn by the same seeded
 * random, is compiled, at most {@link #MAX_COMPILED} per run. Every success is still checked to have emitted
 * sources, and the golden and compile tests cover the unmutated specs.
 *
 * <p>The generation, shrinking and reporting are this package's own, on JUnit Jupiter, rather than jqwik's:
 * jqwik 1.10 (the current release) is built on JUnit Platform 1.x while this build runs JUnit 6, and its
 * maintainer asks that it not be used by coding agents, which wrote these tests.
 */
class MutatedSpecsTest {

    private static final long SEED = Long.getLong("specgen.robustness.seed", 20261123L);
    private static final int TRIES = Integer.getInteger("specgen.robustness.tries", 200);
    private static final int COMPILE_ONE_IN = 8;
    private static final int MAX_COMPILED = Integer.getInteger("specgen.robustness.compiled", 4);

    /**
     * Members that shape what is generated; half of the mutations target one of them (or a member inside
     * {@code properties}, {@code schemas}, {@code paths}), since uniformly chosen nodes are mostly descriptions.
     */
    private static final Set<String> STRUCTURAL = Set.of("type", "format", "properties", "items", "allOf", "oneOf",
            "anyOf", "$ref", "required", "enum", "parameters", "responses", "schema", "content", "in", "name",
            "additionalProperties", "discriminator", "nullable", "operationId", "requestBody", "style", "explode",
            "default", "mapping", "propertyName", "components", "schemas", "paths", "security", "securitySchemes",
            "servers", "x-enum-varnames", "minimum", "maximum", "pattern", "const", "not", "readOnly", "writeOnly");

    @TempDir
    Path temp;

    @Test
    void mutatedSpecsGenerateCompilingCodeOrAreRefusedWithLocatedErrors() {
        List<Seed> seeds = seeds();
        Random random = new Random(SEED);
        int successes = 0;
        int refusals = 0;
        int compiled = 0;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            MutatedSpec mutated = generate(random, seeds);
            String extension = random.nextBoolean() ? ".yaml" : ".json";
            Outcome outcome = run(mutated.apply().tree(), extension);
            if (outcome.defect() != null) {
                String signature = outcome.signature();
                throw new AssertionError(failure(attempt, outcome.defect(), Shrinker.shrink(mutated,
                        tree -> run(tree, extension).signature().equals(signature))));
            }
            if (!outcome.succeeded()) {
                refusals++;
                continue;
            }
            successes++;
            if (compiled < MAX_COMPILED && random.nextInt(COMPILE_ONE_IN) == 0) {
                compiled++;
                CompiledSources compilation = CompiledSources.compile(outcome.files());
                if (!compilation.succeeded()) {
                    Predicate<JsonNode> stillFails = tree -> {
                        Outcome again = run(tree, extension);
                        return again.succeeded() && !CompiledSources.compile(again.files()).succeeded();
                    };
                    throw new AssertionError(failure(attempt, "the generated code does not compile:\n"
                            + compilation.problems(), Shrinker.shrink(mutated, stillFails)));
                }
            }
        }
        // The property says something only if both outcomes are common: mutations that are always refused
        // (or never) would test little.
        assertThat(successes).as("tries that generated code").isGreaterThan(TRIES / 10);
        assertThat(refusals).as("tries that were refused").isGreaterThan(TRIES / 10);
        assertThat(compiled).as("successes compiled").isGreaterThan(0);
    }

    private Outcome run(JsonNode tree, String extension) {
        try {
            Path directory = Files.createTempDirectory(temp, "try");
            return Outcome.of(SpecDocument.write(tree, directory.resolve("spec" + extension)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String failure(int attempt, String defect, Shrinker.Shrunk shrunk) {
        return "Try " + attempt + " with seed " + SEED + " (-Dspecgen.robustness.seed=" + SEED + ") found a defect: "
                + defect + "\n\n" + shrunk.report();
    }

    /** One to three mutations of a random seed spec, each chosen on the tree the previous ones left. */
    private static MutatedSpec generate(Random random, List<Seed> seeds) {
        Seed seed = seeds.get(random.nextInt(seeds.size()));
        JsonNode tree = seed.tree().deepCopy();
        List<Mutation> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            List<String> pointers = SpecDocument.pointers(tree);
            List<String> structural = pointers.stream().filter(MutatedSpecsTest::isStructural).toList();
            List<String> from = random.nextBoolean() && !structural.isEmpty() ? structural : pointers;
            Mutation.Kind kind = Mutation.Kind.values()[random.nextInt(Mutation.Kind.values().length)];
            Mutation mutation = new Mutation(kind, from.get(random.nextInt(from.size())), random.nextInt(100));
            mutation.applyTo(tree);
            mutations.add(mutation);
        }
        return new MutatedSpec(seed.file(), seed.tree(), mutations);
    }

    private static boolean isStructural(String pointer) {
        String parent = SpecDocument.parent(pointer);
        String parentName = parent.isEmpty() ? "" : SpecDocument.lastSegment(parent);
        return STRUCTURAL.contains(SpecDocument.lastSegment(pointer))
                || Set.of("properties", "schemas", "paths").contains(parentName);
    }

    /** The task API specs and the test specs that exercise every construct, clients and names. */
    private static List<Seed> seeds() {
        List<Path> files = new ArrayList<>(TestSpecs.taskApiSpecs());
        for (String name : List.of("client.yaml", "constructs.yaml", "hostile-docs.yaml", "lint.yaml", "naming.yaml",
                "validation.yaml", "validation-3.1.yaml")) {
            files.add(TestSpecs.resource(name));
        }
        return files.stream().map(file -> new Seed(file, SpecDocument.read(file))).toList();
    }

    private record Seed(Path file, JsonNode tree) {}
}
