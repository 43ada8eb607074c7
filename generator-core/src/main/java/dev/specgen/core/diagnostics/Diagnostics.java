package dev.specgen.core.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one run, so that they can be reported together. */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** Every problem, errors first, otherwise in the order found. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparing(Diagnostic::severity));
        return List.copyOf(sorted);
    }

    /** Throws a {@link SpecException} with every problem if any of them is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new SpecException(all());
        }
    }
}
