package dev.specgen.core;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.diff.Change;
import dev.specgen.core.diff.DiffConfig;
import dev.specgen.core.diff.DiffEngine;
import dev.specgen.core.diff.DiffReport;
import dev.specgen.core.emit.ModelEmitter;
import dev.specgen.core.emit.ValidatorEmitter;
import dev.specgen.core.emit.client.ClientEmitter;
import dev.specgen.core.lint.SpecLinter;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.parse.ApiModelReader;
import dev.specgen.core.parse.SourceLines;
import dev.specgen.core.write.GeneratedFile;
import dev.specgen.core.write.OutputWriter;
import dev.specgen.core.write.WriteReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The entry points of Specgen, called by the command line and the Maven plugin (which add nothing
 * but argument parsing and printing). All methods are stateless and safe to call concurrently for
 * different output directories.
 */
public final class Specgen {

    private Specgen() {}

    /**
     * Reads a spec and builds its API model.
     *
     * @throws SpecException with every error found, each located, when the spec cannot be used
     */
    public static ApiModelReader.Result read(Path spec) {
        return read(spec, ApiModelReader.Examples.COLLECT);
    }

    private static ApiModelReader.Result read(Path spec, ApiModelReader.Examples examples) {
        try {
            return new ApiModelReader(examples).read(spec);
        } catch (SpecException e) {
            throw new SpecException(new SourceLines().withLines(e.diagnostics()));
        }
    }

    /** Generates every Java source of a spec in memory, without writing anything. */
    public static List<GeneratedFile> emit(ApiModel model, String packageName) {
        return emit(model, GeneratorOptions.of(packageName));
    }

    /**
     * Generates the Java sources of a spec in memory, without writing anything: the models always,
     * the clients and validators as the options say. Each kind of output has its own emitter.
     */
    public static List<GeneratedFile> emit(ApiModel model, GeneratorOptions options) {
        // The emitters only read the model, so validators and the client are emitted on threads of their own
        // while the models are (themselves in parallel); the files are joined in the same order every time.
        CompletableFuture<List<GeneratedFile>> validators = options.validators()
                ? OwnThread.supply("specgen-emit-validators", () -> new ValidatorEmitter(options.packageName()).emit(model))
                : CompletableFuture.completedFuture(List.of());
        CompletableFuture<List<GeneratedFile>> client = options.clients()
                ? OwnThread.supply("specgen-emit-client", () -> new ClientEmitter(options).emit(model))
                : CompletableFuture.completedFuture(List.of());
        List<GeneratedFile> files = new ArrayList<>(new ModelEmitter(options.packageName()).emit(model));
        files.addAll(OwnThread.join(validators));
        files.addAll(OwnThread.join(client));
        return files;
    }

    /**
     * Generates the sources of a spec into the output directory. Nothing is written unless the
     * whole spec could be read and emitted; files whose content is unchanged are not touched.
     *
     * @throws SpecException when the spec cannot be used (the output directory is then untouched)
     * @throws UncheckedIOException when the output cannot be written
     */
    public static GenerateResult generate(GenerateRequest request) {
        long start = System.nanoTime();
        ApiModelReader.Result read = read(request.spec());
        List<Diagnostic> warnings = new SourceLines().withLines(read.warnings());
        long readDone = System.nanoTime();
        List<GeneratedFile> files = emit(read.model(), request.options());
        long emitDone = System.nanoTime();
        // Each package keeps its own manifest in its own directory, so that several specs can be
        // generated into one source root (one Maven execution each) without deleting each other's files.
        String packagePath = request.packageName().replace('.', '/');
        List<GeneratedFile> inPackage = files.stream()
                .map(f -> new GeneratedFile(f.relativePath().substring(packagePath.length() + 1), f.content()))
                .toList();
        WriteReport report;
        try {
            report = new OutputWriter().write(request.outputDirectory().resolve(packagePath), inPackage);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + request.outputDirectory() + ": " + e.getMessage(), e);
        }
        return new GenerateResult(report, warnings, read.model().types().size(),
                read.sourceFiles(), new GenerateResult.Timings(Duration.ofNanos(readDone - start),
                        Duration.ofNanos(emitDone - readDone), Duration.ofNanos(System.nanoTime() - emitDone)));
    }

    /**
     * Compares two versions of a spec. Both are read before anything is compared (at the same time, on a
     * machine with two cores or more), so that every problem of both is reported at once when either cannot be
     * used. Their examples are not read: no rule looks at them.
     *
     * @param oldSpec the older version (the baseline)
     * @param newSpec the newer version
     * @throws SpecException when either spec cannot be used, with the errors of both
     */
    public static DiffResult diff(Path oldSpec, Path newSpec, DiffConfig config) {
        long start = System.nanoTime();
        SpecPairReader.Pair specs = SpecPairReader
                .forThisMachine(spec -> read(spec, ApiModelReader.Examples.SKIP).model())
                .read(oldSpec, newSpec);
        ApiModel older = specs.older();
        ApiModel newer = specs.newer();
        long parsed = System.nanoTime();
        List<Change> changes = new DiffEngine(config).diff(older, newer);
        DiffReport report = new DiffReport(displayName(oldSpec, newSpec), displayName(newSpec, oldSpec), changes);
        return new DiffResult(report, Duration.ofNanos(parsed - start), Duration.ofNanos(System.nanoTime() - parsed));
    }

    /** The file name, or the whole path when both versions have the same file name (in two directories). */
    private static String displayName(Path spec, Path other) {
        Path name = spec.getFileName();
        return name != null && !name.equals(other.getFileName()) ? name.toString() : spec.toString();
    }

    /**
     * Lints a spec: parser warnings, enum oddities, examples that do not conform to their schema,
     * and names that had to be changed.
     *
     * @throws SpecException when the spec cannot be used at all
     */
    public static CheckResult check(Path spec) {
        ApiModelReader.Result read = read(spec);
        List<Diagnostic> findings = new ArrayList<>(read.warnings());
        findings.addAll(new SpecLinter().lint(read.model()));
        return new CheckResult(new SourceLines().withLines(findings));
    }
}
