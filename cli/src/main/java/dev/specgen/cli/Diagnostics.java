package dev.specgen.cli;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import java.io.PrintWriter;

/** Prints the problems of an unusable spec, one per line, with a count. */
final class Diagnostics {

    private Diagnostics() {}

    static void print(SpecException e, PrintWriter err) {
        long errors = e.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        for (Diagnostic diagnostic : e.diagnostics()) {
            err.println(diagnostic.format());
        }
        err.println("specgen: the spec cannot be used (" + errors + " error" + (errors == 1 ? "" : "s") + ")");
    }
}
