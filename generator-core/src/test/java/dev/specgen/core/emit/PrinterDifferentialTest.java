package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.emit.printer.JavaFilePrinter;
import dev.specgen.core.testing.TestSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The printer against JavaPoet: for every spec the golden tests use and every other test spec that generates,
 * each Java file the real emitters build (models, validators, clients) printed by {@link JavaFilePrinter} is
 * JavaPoet's {@code JavaFile.toString()} to the byte, and none was left to JavaPoet.
 */
class PrinterDifferentialTest {

    /** The golden specs, and the other test specs that generate (those under {@code bad/} do not). */
    static Stream<Path> specs() {
        List<Path> specs = new ArrayList<>(GoldenFilesTest.specs());
        for (String name : List.of("client.yaml", "constructs.yaml", "hostile-docs.yaml", "lint.yaml", "naming.yaml",
                "operations.yaml", "swagger-2.0.yaml", "validation.yaml", "validation-3.1.yaml",
                "external/orders.yaml")) {
            specs.add(TestSpecs.resource(name));
        }
        return specs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void printerWritesWhatJavaPoetWrites(Path spec) {
        PrinterComparison comparison = new PrinterComparison();
        try (SourceFiles.Watch watch = SourceFiles.watch(comparison::compare)) {
            Specgen.emit(Specgen.read(spec).model(), GeneratorOptions.of(TestSpecs.packageFor(spec)));
        }
        assertThat(comparison.compared()).as("Java files compared").isPositive();
        assertThat(comparison.differences()).as("files printed otherwise than by JavaPoet, or by JavaPoet").isEmpty();
        System.out.printf("[printer] %s: %d files identical to JavaPoet's%n", spec.getFileName(),
                comparison.compared());
    }

    /** Collects, from the emitting threads, what differs between the printer's text and JavaPoet's. */
    static final class PrinterComparison {
        private final AtomicInteger compared = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> differences = new ConcurrentLinkedQueue<>();

        void compare(JavaFile file, JavaFilePrinter.Printed printed) {
            compared.incrementAndGet();
            String name = file.packageName() + "." + file.typeSpec().name();
            if (printed.usedFallback()) {
                differences.add(name + ": left to JavaPoet: " + printed.fallbackReason());
                return;
            }
            String expected = file.toString();
            if (!expected.equals(printed.source())) {
                differences.add(name + ": " + firstDifference(expected, printed.source()));
            }
        }

        int compared() {
            return compared.get();
        }

        List<String> differences() {
            return List.copyOf(differences);
        }

        /** The first line that differs, JavaPoet's and the printer's, with its number. */
        static String firstDifference(String expected, String actual) {
            String[] expectedLines = expected.split("\n", -1);
            String[] actualLines = actual.split("\n", -1);
            for (int i = 0; i < Math.max(expectedLines.length, actualLines.length); i++) {
                String e = i < expectedLines.length ? expectedLines[i] : "<end>";
                String a = i < actualLines.length ? actualLines[i] : "<end>";
                if (!e.equals(a)) {
                    return "line " + (i + 1) + ": JavaPoet [" + e + "], printer [" + a + "]";
                }
            }
            return "same lines, different text";
        }
    }
}
