package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.emit.printer.JavaFilePrinter;
import dev.specgen.core.testing.TestSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
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
                "operations.yaml", "scalar-unions.yaml", "swagger-2.0.yaml", "validation.yaml", "validation-3.1.yaml",
                "external/orders.yaml")) {
            specs.add(TestSpecs.resource(name));
        }
        return specs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void printerWritesWhatJavaPoetWrites(Path spec) {
        AtomicInteger compared = new AtomicInteger();
        Queue<String> shortfalls = new ConcurrentLinkedQueue<>(); // filled from the emitting threads
        try (SourceFiles.Watch watch = SourceFiles.watch((file, printed) -> {
            compared.incrementAndGet();
            Optional.ofNullable(JavaFilePrinter.shortfall(file, printed)).ifPresent(shortfalls::add);
        })) {
            Specgen.emit(Specgen.read(spec).model(), GeneratorOptions.of(TestSpecs.packageFor(spec)));
        }
        assertThat(compared.get()).as("Java files compared").isPositive();
        assertThat(List.copyOf(shortfalls)).as("files left to JavaPoet or printed otherwise than by it").isEmpty();
        System.out.printf("[printer] %s: %d files identical to JavaPoet's%n", spec.getFileName(), compared.get());
    }
}
