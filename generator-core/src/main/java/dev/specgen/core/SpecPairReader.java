package dev.specgen.core;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.model.ApiModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the two versions of a spec that a diff compares, at the same time when the machine has a second core.
 *
 * <p>Reading is almost all of a diff's time (comparing two 11 MB specs takes a twentieth of reading them), and one
 * read runs on one thread, so two cores read two specs in about the time of one. The cost is memory: both
 * documents are in memory at once. Both are always read to the end, so that every problem of both is reported
 * together; errors come in the order old, new.
 */
final class SpecPairReader {

    /** Both API models. */
    record Pair(ApiModel older, ApiModel newer) {}

    private final Function<Path, ApiModel> reader;
    private final boolean parallel;

    SpecPairReader(Function<Path, ApiModel> reader, boolean parallel) {
        this.reader = reader;
        this.parallel = parallel;
    }

    /** Reads in parallel when more than one processor is available. */
    static SpecPairReader forThisMachine(Function<Path, ApiModel> reader) {
        return new SpecPairReader(reader, Runtime.getRuntime().availableProcessors() > 1);
    }

    /**
     * @throws SpecException when either spec cannot be used, with the errors of both
     */
    Pair read(Path oldSpec, Path newSpec) {
        CompletableFuture<ApiModel> older = parallel
                ? OwnThread.supply("specgen-read-" + oldSpec.getFileName(), () -> reader.apply(oldSpec))
                : readNow(oldSpec);
        CompletableFuture<ApiModel> newer = readNow(newSpec);
        List<Diagnostic> errors = new ArrayList<>();
        ApiModel olderModel = outcome(older, errors);
        ApiModel newerModel = outcome(newer, errors);
        if (olderModel == null || newerModel == null) {
            throw new SpecException(errors);
        }
        return new Pair(olderModel, newerModel);
    }

    /** Read on this thread; a failure is kept in the future, so that the other spec's outcome is looked at first. */
    private CompletableFuture<ApiModel> readNow(Path spec) {
        try {
            return CompletableFuture.completedFuture(reader.apply(spec));
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }

    /** The model, or {@code null} after adding the spec's errors; anything but a {@link SpecException} is rethrown. */
    private static @Nullable ApiModel outcome(CompletableFuture<ApiModel> read, List<Diagnostic> errors) {
        try {
            return OwnThread.join(read);
        } catch (SpecException invalid) {
            errors.addAll(invalid.diagnostics());
            return null;
        }
    }
}
