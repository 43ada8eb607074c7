package dev.specgen.core.robustness;

import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.write.GeneratedFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What generating a spec gave: sources, a located refusal, or a defect (an unlocated refusal or any other
 * exception). A defect has a signature, so that shrinking keeps looking for the same defect rather than
 * wandering to another one.
 *
 * @param files the generated sources, on success
 * @param defect what is wrong, or {@code null} when the outcome is acceptable
 * @param signature the defect's kind and place (exception class and first Specgen frame, or the diagnostic
 *     code that lacked a location); empty when there is no defect
 */
record Outcome(List<GeneratedFile> files, @Nullable String defect, String signature) {

    /**
     * Errors about the document as a whole, which have no place inside it to point at: the file is not
     * OpenAPI at all, or Swagger Parser could not make an OpenAPI object of it.
     */
    static final Set<String> WHOLE_DOCUMENT_ERRORS = Set.of("not-openapi", "unusable-spec", "not-an-object", "empty-spec");

    static final String PACKAGE = "dev.specgen.robustness.mutated";

    boolean succeeded() {
        return defect == null && !files.isEmpty();
    }

    /** Reads and emits the spec, with clients and validators, and classifies what happened. */
    static Outcome of(Path spec) {
        try {
            List<GeneratedFile> files = Specgen.emit(Specgen.read(spec).model(), GeneratorOptions.of(PACKAGE));
            return new Outcome(files, null, "");
        } catch (SpecException e) {
            return located(spec, e);
        } catch (Throwable e) { // any exception or error is a defect, StackOverflowError included
            return new Outcome(List.of(), e.getClass().getName() + " escaped:\n" + stackTrace(e), signature(e));
        }
    }

    /** A refusal is acceptable when it has an error and every error names the file and a place in it. */
    private static Outcome located(Path spec, SpecException e) {
        List<Diagnostic> errors = e.diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .toList();
        if (errors.isEmpty()) {
            return new Outcome(List.of(), "SpecException without an error:\n" + e.getMessage(), "no-error");
        }
        for (Diagnostic error : errors) {
            boolean located = error.location() != null
                    && error.location().file().toAbsolutePath().normalize().startsWith(spec.toAbsolutePath().getParent())
                    && (!error.location().pointer().isEmpty() || WHOLE_DOCUMENT_ERRORS.contains(error.code()));
            if (!located || error.message().isBlank()) {
                return new Outcome(List.of(), "an error without a file and a JSON pointer: " + error.format(),
                        "unlocated " + error.code());
            }
        }
        return new Outcome(List.of(), null, "");
    }

    /** The exception's class and the first frame in Specgen's code (else the first frame). */
    private static String signature(Throwable e) {
        Throwable root = e;
        StackTraceElement where = null;
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith("dev.specgen.core.")) {
                where = frame;
                break;
            }
        }
        if (where == null && root.getStackTrace().length > 0) {
            where = root.getStackTrace()[0];
        }
        return e.getClass().getName() + (where == null ? "" : " at " + where.getClassName() + "." + where.getMethodName());
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        // A StackOverflowError's trace is thousands of frames of the same few; the top is enough.
        return out.toString().lines().limit(40).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
