package dev.specgen.benchmarks;

import com.palantir.javapoet.JavaFile;
import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.emit.SourceFiles;
import dev.specgen.core.emit.printer.JavaFilePrinter;
import dev.specgen.core.model.ApiModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Printing a spec's Java files (models, validators, client: what {@code specgen generate} writes), one operation
 * being all of them, single-threaded: JavaPoet's {@code JavaFile.toString()} against {@link JavaFilePrinter}. The
 * files are built once, at setup, by the real emitters. Run from the repository root, e.g.
 * {@code java -jar benchmarks/target/benchmarks.jar PrinterBenchmark -prof gc} (add
 * {@code -jvmArgsAppend "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"} for the launcher's JIT and collector).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx3g")
public class PrinterBenchmark {

    @Param("../shared/bench-specs/twilio_api_v2010.json")
    public String spec;

    private List<JavaFile> files;

    @Setup
    public void buildFiles() {
        ApiModel model = Specgen.read(Path.of(spec)).model();
        List<JavaFile> built = Collections.synchronizedList(new ArrayList<>());
        try (SourceFiles.Watch watch = SourceFiles.watch((file, printed) -> built.add(file))) {
            Specgen.emit(model, GeneratorOptions.of("bench.generated"));
        }
        files = List.copyOf(built);
        for (JavaFile file : files) {
            JavaFilePrinter.Printed printed = JavaFilePrinter.print(file);
            if (printed.usedFallback() || !printed.source().equals(file.toString())) {
                throw new IllegalStateException("the printer does not print " + file.typeSpec().name()
                        + " as JavaPoet does: " + printed.fallbackReason());
            }
        }
    }

    @Benchmark
    public long javaPoet() {
        long length = 0;
        for (JavaFile file : files) {
            length += file.toString().length();
        }
        return length;
    }

    @Benchmark
    public long printer() {
        long length = 0;
        for (JavaFile file : files) {
            length += JavaFilePrinter.print(file).source().length();
        }
        return length;
    }
}
