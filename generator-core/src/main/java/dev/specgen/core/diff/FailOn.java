package dev.specgen.core.diff;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The level from which changes fail a build or a command, or never. */
public enum FailOn {
    ERR(Level.ERR),
    WARN(Level.WARN),
    INFO(Level.INFO),
    NEVER(null);

    private final @Nullable Level threshold;

    FailOn(@Nullable Level threshold) {
        this.threshold = threshold;
    }

    /** Whether any of the changes is at the threshold or above. */
    public boolean failsOn(List<Change> changes) {
        return threshold != null && changes.stream().anyMatch(c -> c.level().atLeast(threshold));
    }
}
