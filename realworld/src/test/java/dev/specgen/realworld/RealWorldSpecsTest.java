package dev.specgen.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.emit.SourceFiles;
import dev.specgen.core.emit.printer.JavaFilePrinter;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.parse.ApiModelReader;
import dev.specgen.core.write.GeneratedFile;
import dev.specgen.core.write.OutputWriter;
import dev.specgen.runtime.json.JsonMappers;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * GitHub's, Stripe's and Twilio's public specs, one at a time: generated (models, clients and validators, as
 * {@code specgen generate} does by default), compiled without errors or warnings, and fed recorded-looking responses
 * built from the specs' own examples. Each spec's steps share one {@link Run}, released after its last step, so
 * that only one spec's model and classes are in memory at a time.
 *
 * <p>Lint: {@code -Xlint:all}, and no warning is accepted. The vendor specs do mark schemas and operations
 * deprecated, but javac does not warn about a use of a deprecated element from code that is itself deprecated or
 * in the same class, which is how the generated code uses them; so no lint category needs to be switched off.
 */
class RealWorldSpecsTest {

    /**
     * Every spec, or those named in the system property {@code realworld.only} (comma-separated constants of
     * {@link RealWorldSpec}, e.g. {@code -Drealworld.only=TWILIO,STRIPE_JSON}), for a quicker run while working.
     */
    @TestFactory
    Stream<DynamicNode> everySpec() {
        String only = System.getProperty("realworld.only", "");
        return Stream.of(RealWorldSpec.values())
                .filter(spec -> only.isBlank() || List.of(only.split(",")).contains(spec.name()))
                .map(RealWorldSpecsTest::steps);
    }

    private static DynamicContainer steps(RealWorldSpec spec) {
        Run run = new Run(spec);
        List<DynamicNode> steps = new ArrayList<>();
        if (spec.isYaml()) {
            steps.add(dynamicTest("is larger than SnakeYAML reads by default",
                    () -> LargeYaml.assertOverTheDefaultLimit(run.specFile())));
        }
        steps.add(dynamicTest("generates models, clients and validators", run::generate));
        steps.add(dynamicTest("prints every Java file as JavaPoet does", run::assertPrinterAgreed));
        steps.add(dynamicTest("compiles with -Xlint:all: no errors, no warnings", run::compile));
        steps.add(dynamicTest("deserializes recorded-looking responses", run::deserializeSamples));
        return dynamicContainer(spec.fileName(), steps);
    }

    /** One spec's way through the steps; each step needs the one before. */
    private static final class Run {

        private final RealWorldSpec spec;
        private final Path work;
        private @Nullable Path specFile;
        private @Nullable ApiModel model;
        private @Nullable SourceCompilation compilation;
        /** Where the printer fell short of JavaPoet: a file left to JavaPoet or printed otherwise. */
        private final Queue<String> printerShortfalls = new ConcurrentLinkedQueue<>();
        private int javaFiles;

        Run(RealWorldSpec spec) {
            this.spec = spec;
            this.work = SpecArchive.workDirectory().resolve(spec.name().toLowerCase(java.util.Locale.ROOT));
        }

        Path specFile() {
            if (specFile == null) {
                specFile = SpecArchive.extract(spec);
            }
            return specFile;
        }

        /**
         * What {@code Specgen.generate} does (read, emit with everything on, write), keeping the model. Every Java
         * file is also printed by JavaPoet meanwhile, for {@link #assertPrinterAgreed} (the time includes it): every
         * file rather than a sample, about 50,000 over the six specs, as that costs seconds next to javac's minutes.
         */
        void generate() throws IOException {
            long start = System.nanoTime();
            ApiModelReader.Result read = Specgen.read(specFile());
            List<GeneratedFile> files;
            try (SourceFiles.Watch watch = SourceFiles.watch((file, printed) -> {
                String shortfall = JavaFilePrinter.shortfall(file, printed);
                if (shortfall != null) {
                    printerShortfalls.add(shortfall);
                }
            })) {
                files = Specgen.emit(read.model(), GeneratorOptions.of(spec.packageName()));
            }
            javaFiles = (int) files.stream().map(GeneratedFile::relativePath)
                    .filter(path -> path.endsWith(".java") && !path.endsWith("/package-info.java")).count();
            new OutputWriter().write(work.resolve("src"), files);
            model = read.model();
            Map<String, Long> warnings = read.warnings().stream()
                    .collect(Collectors.groupingBy(Diagnostic::code, TreeMap::new, Collectors.counting()));
            report("generated %d types in %d files in %d ms (JavaPoet printing each Java file again included);"
                    + " spec warnings by code: %s", model.types().size(), files.size(), millisSince(start), warnings);
            assertThat(files).isNotEmpty();
            assertThat(model.operations()).isNotEmpty();
        }

        /** Specgen's printer printed every Java file itself, and as JavaPoet's {@code JavaFile.toString()} does. */
        void assertPrinterAgreed() {
            assertThat(model).as("the sources of %s were generated", spec.fileName()).isNotNull();
            assertThat(javaFiles).as("Java files printed").isPositive();
            assertThat(List.copyOf(printerShortfalls)).as("files left to JavaPoet or printed otherwise").isEmpty();
            report("printer: %d Java files, each as JavaPoet prints it", javaFiles);
        }

        void compile() {
            assertThat(model).as("the sources of %s were generated", spec.fileName()).isNotNull();
            long start = System.nanoTime();
            compilation = SourceCompilation.compile(work.resolve("src"), work.resolve("classes"));
            report("compiled in %d ms: %d errors, %d warnings", millisSince(start), compilation.errors().size(),
                    compilation.warnings().size());
            assertThat(compilation.errors()).as("javac errors").isEmpty();
            assertThat(compilation.warnings()).as("javac warnings (-Xlint:all)").isEmpty();
        }

        void deserializeSamples() throws IOException {
            try {
                assertThat(compilation).as("the sources of %s compiled", spec.fileName()).isNotNull();
                List<ResponseSample> samples = spec.samples() == RealWorldSpec.Samples.EXAMPLES
                        ? ResponseExamples.of(model, specFile())
                        : SchemaSamples.of(model, specFile());
                java.util.Map<String, String> known = KnownSpecErrors.of(spec);
                try (URLClassLoader classes = compilation.classLoader()) {
                    SmokeCheck.Outcome outcome = SmokeCheck.run(samples,
                            new GeneratedJavaTypes(classes, spec.packageName(),
                                    JsonMappers.standard().getTypeFactory()), JsonMappers.standard());
                    report("%d response %s checked, %d failed (known spec errors: %d)", outcome.checked(),
                            spec.samples() == RealWorldSpec.Samples.EXAMPLES ? "examples"
                                    : "samples built from the schemas", outcome.failures().size(),
                            outcome.failures().stream().filter(f -> known.keySet().stream().anyMatch(f::startsWith))
                                    .count());
                    assertThat(outcome.checked()).as("response samples checked").isPositive();
                    List<String> knownHere = samples.stream().map(ResponseSample::location)
                            .filter(known::containsKey).distinct().toList();
                    assertThat(outcome.failures())
                            .as("response samples that failed, other than the spec's known errors %s", knownHere)
                            .filteredOn(failure -> knownHere.stream().noneMatch(failure::startsWith))
                            .isEmpty();
                    assertThat(knownHere).as("known spec errors that now read: remove them from KnownSpecErrors")
                            .allMatch(pointer -> outcome.failures().stream().anyMatch(f -> f.startsWith(pointer)));
                }
            } finally {
                model = null; // the last step: let the next spec have the memory
                compilation = null;
            }
        }

        private void report(String format, Object... arguments) {
            System.out.printf("[%s] %s%n", spec.fileName(), String.format(format, arguments));
        }

        private static long millisSince(long start) {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
