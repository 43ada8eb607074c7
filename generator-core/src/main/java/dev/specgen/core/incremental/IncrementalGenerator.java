package dev.specgen.core.incremental;

import dev.specgen.core.GenerateRequest;
import dev.specgen.core.GenerateResult;
import dev.specgen.core.Specgen;
import dev.specgen.core.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Generates only when something the output depends on changed. An up-to-date check hashes the spec
 * and the files it references and checks that the output is still there; it does not parse.
 * When something changed, {@link Specgen#generate} runs, which itself rewrites only changed files.
 */
public final class IncrementalGenerator {

    /**
     * What a run did.
     *
     * @param generated the generation's result, or {@code null} when the output was up to date
     * @param elapsed the time the run took, including the up-to-date check
     */
    public record Outcome(@Nullable GenerateResult generated, Duration elapsed) {

        public boolean upToDate() {
            return generated == null;
        }

        /** One line for a build log. */
        public String summary() {
            return generated == null ? "up to date (" + elapsed.toMillis() + " ms)" : generated.summary();
        }
    }

    private IncrementalGenerator() {}

    /**
     * Generates the request's output unless it is up to date.
     *
     * @throws dev.specgen.core.diagnostics.SpecException when the spec cannot be used; the previous output
     *     and its fingerprint are left as they were
     */
    public static Outcome generate(GenerateRequest request) {
        long start = System.nanoTime();
        Path packageDirectory = request.outputDirectory()
                .resolve(request.packageName().replace('.', '/'));
        String generator = GeneratorIdentity.current();
        try {
            Optional<FingerprintFile.State> previous = FingerprintFile.read(packageDirectory);
            if (previous.isPresent() && OutputWriter.isComplete(packageDirectory)
                    && current(generator, request, previous.get()).equals(previous.get().fingerprint())) {
                return new Outcome(null, Duration.ofNanos(System.nanoTime() - start));
            }
            GenerateResult result = Specgen.generate(request);
            Fingerprint fingerprint = Fingerprint.of(generator, request.options(), request.spec(), result.sourceFiles());
            FingerprintFile.write(packageDirectory, new FingerprintFile.State(fingerprint, result.sourceFiles()));
            return new Outcome(result, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record what " + packageDirectory + " was generated from: "
                    + e.getMessage(), e);
        }
    }

    private static Fingerprint current(String generator, GenerateRequest request, FingerprintFile.State previous)
            throws IOException {
        try {
            return Fingerprint.of(generator, request.options(), request.spec(), previous.sourceFiles());
        } catch (NoSuchFileException gone) {
            return new Fingerprint("a source file is gone: " + gone.getFile());
        }
    }
}
