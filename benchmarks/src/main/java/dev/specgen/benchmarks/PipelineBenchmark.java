package dev.specgen.benchmarks;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.write.GeneratedFile;
import java.nio.file.Path;
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
 * In-process cost of the pipeline's stages on one spec: reading (Swagger Parser plus the model
 * build) and emitting. Run from the repository root, e.g.
 * {@code java -jar benchmarks/target/benchmarks.jar PipelineBenchmark -p spec=specs/cs-describe-task-info.yaml}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class PipelineBenchmark {

    @Param("specs/cs-describe-task-info.yaml")
    public String spec;

    private ApiModel model;

    @Setup
    public void read() {
        model = Specgen.read(Path.of(spec)).model();
    }

    @Benchmark
    public ApiModel readSpec() {
        return Specgen.read(Path.of(spec)).model();
    }

    @Benchmark
    public List<GeneratedFile> emitSources() {
        return Specgen.emit(model, "bench.generated");
    }
}
