package dev.specgen.core.diagnostics;

import dev.specgen.core.model.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * One problem in a spec.
 *
 * @param severity how bad it is
 * @param code a stable identifier for the kind of problem (e.g. {@code unresolved-ref}), for filtering
 * @param message what is wrong, in a sentence
 * @param location where, or {@code null} when it concerns the whole file
 * @param line the 1-based line of the location, or 0 when unknown
 * @param hint what the user can do about it, or {@code null}
 */
public record Diagnostic(
        Severity severity,
        String code,
        String message,
        @Nullable SourceLocation location,
        int line,
        @Nullable String hint) {

    public static Diagnostic error(String code, String message, @Nullable SourceLocation location, @Nullable String hint) {
        return new Diagnostic(Severity.ERROR, code, message, location, 0, hint);
    }

    public static Diagnostic warning(String code, String message, @Nullable SourceLocation location, @Nullable String hint) {
        return new Diagnostic(Severity.WARNING, code, message, location, 0, hint);
    }

    public Diagnostic withLine(int newLine) {
        return new Diagnostic(severity, code, message, location, newLine, hint);
    }

    /** {@code file:line: error: message (at /json/pointer)}, then the hint on its own line. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (location != null) {
            out.append(location.file());
            if (line > 0) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        out.append(severity.label()).append(": ").append(message);
        if (location != null && !location.pointer().isEmpty()) {
            out.append(" (at ").append(location.pointer()).append(')');
        }
        out.append(" [").append(code).append(']');
        if (hint != null) {
            out.append(System.lineSeparator()).append("  hint: ").append(hint);
        }
        return out.toString();
    }

    /** How bad a problem is. */
    public enum Severity {
        /** The spec cannot be used; nothing is generated. */
        ERROR("error"),
        /** The spec can be used, but something in it was approximated or looks wrong. */
        WARNING("warning");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
