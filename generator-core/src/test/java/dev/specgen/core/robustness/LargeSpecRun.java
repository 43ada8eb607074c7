package dev.specgen.core.robustness;

import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.write.GeneratedFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates one spec in memory and prints what it made: run by {@link HugeSpecTest} in a JVM of its own,
 * whose heap limit is the memory bound under test (an {@link OutOfMemoryError} fails that JVM).
 */
public final class LargeSpecRun {

    private LargeSpecRun() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        ApiModel model = Specgen.read(Path.of(args[0])).model();
        long read = System.nanoTime();
        List<GeneratedFile> files = Specgen.emit(model, GeneratorOptions.of("dev.specgen.huge"));
        long sourceChars = files.stream().mapToLong(f -> f.content().length()).sum();
        System.out.printf("types=%d operations=%d files=%d sourceChars=%d readMs=%d emitMs=%d%n", model.types().size(),
                model.operations().size(), files.size(), sourceChars, (read - start) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
    }
}
