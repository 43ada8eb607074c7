package dev.specgen.core.incremental;

import dev.specgen.core.GenerateRequest;
import dev.specgen.core.GenerateResult;
import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Generates only when something the output depends on changed: the generator, the options, or the
 * content of the spec or of a file it references (timestamps alone never count: touching a spec
 * changes nothing). An up-to-date check reads file attributes, hashes only files whose size or time
 * moved, checks that the output is still there, and does not parse. When something changed,
 * {@link Specgen#generate} runs, which itself rewrites only the files whose content changed.
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
     *     and its record are left as they were
     */
    public static Outcome generate(GenerateRequest request) {
        long start = System.nanoTime();
        Path packageDirectory = request.outputDirectory().resolve(request.packageName().replace('.', '/'));
        String generator = GeneratorIdentity.current();
        String options = describe(request);
        try {
            Optional<FingerprintFile.State> previous = FingerprintFile.read(packageDirectory);
            if (previous.isPresent() && previous.get().generator().equals(generator)
                    && previous.get().options().equals(options) && OutputWriter.isComplete(packageDirectory)) {
                List<SourceStamp> now = unchangedSources(previous.get().sources());
                if (now != null) {
                    if (!now.equals(previous.get().sources())) {
                        // Touched but not changed: remember the new times, so the next check hashes nothing.
                        FingerprintFile.write(packageDirectory, new FingerprintFile.State(generator, options, now));
                    }
                    return new Outcome(null, Duration.ofNanos(System.nanoTime() - start));
                }
            }
            GenerateResult result = Specgen.generate(request);
            List<SourceStamp> sources = new ArrayList<>();
            for (Path file : result.sourceFiles()) {
                sources.add(SourceStamp.of(file));
            }
            Path template = request.options().client().usageTemplate();
            if (template != null) {
                sources.add(SourceStamp.of(template.toAbsolutePath().normalize()));
            }
            FingerprintFile.write(packageDirectory, new FingerprintFile.State(generator, options, sources));
            return new Outcome(result, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record what " + packageDirectory + " was generated from: "
                    + e.getMessage(), e);
        }
    }

    /** The sources' stamps now, or {@code null} when the content of one changed or one is gone. */
    private static @Nullable List<SourceStamp> unchangedSources(List<SourceStamp> recorded) throws IOException {
        List<SourceStamp> now = new ArrayList<>(recorded.size());
        for (SourceStamp stamp : recorded) {
            try {
                SourceStamp current = stamp.current();
                if (!current.sameContentAs(stamp)) {
                    return null;
                }
                now.add(current);
            } catch (NoSuchFileException gone) {
                return null;
            }
        }
        return now;
    }

    /** The request's effective configuration, as one line: the spec and every option. */
    private static String describe(GenerateRequest request) {
        GeneratorOptions options = request.options();
        return "spec=" + request.spec().toAbsolutePath().normalize() + " package=" + options.packageName()
                + " clients=" + options.clients() + " validators=" + options.validators()
                + " clientName=" + options.client().className() + " usageTemplate=" + options.client().usageTemplate();
    }
}
