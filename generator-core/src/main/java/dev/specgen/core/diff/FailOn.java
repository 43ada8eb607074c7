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

    /**
     * The threshold named {@code ERR}, {@code WARN}, {@code INFO} or {@code NEVER}, ignoring case.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static FailOn named(String name) {
        for (FailOn failOn : values()) {
            if (failOn.name().equalsIgnoreCase(name.strip())) {
                return failOn;
            }
        }
        throw new IllegalArgumentException("unknown fail level '" + name + "'; use ERR, WARN, INFO or NEVER");
    }

    /** Whether any of the changes is at the threshold or above. */
    public boolean failsOn(List<Change> changes) {
        return threshold != null && changes.stream().anyMatch(c -> c.level().atLeast(threshold));
    }
}
