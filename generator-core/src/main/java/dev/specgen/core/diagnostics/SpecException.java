package dev.specgen.core.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/** A spec that cannot be used, with every error found in it (not just the first). */
public final class SpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public SpecException(List<Diagnostic> diagnostics) {
        super(summarize(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public static SpecException of(Diagnostic diagnostic) {
        return new SpecException(List.of(diagnostic));
    }

    /** Every problem found, errors first, in the order they were found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summarize(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining(System.lineSeparator()));
    }
}
