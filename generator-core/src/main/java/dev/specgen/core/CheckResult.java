package dev.specgen.core;

import dev.specgen.core.diagnostics.Diagnostic;
import java.util.List;

/**
 * The findings of {@code check} on a usable spec.
 *
 * @param findings every finding, with its location
 */
public record CheckResult(List<Diagnostic> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }
}
