package dev.specgen.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Where rules report changes: applies the user's levels and ignores, and drops exact repeats. */
final class ChangeSink {

    private final DiffConfig config;
    private final Set<Change> changes = new LinkedHashSet<>();

    ChangeSink(DiffConfig config) {
        this.config = config;
    }

    void add(RuleId rule, @Nullable OperationRef operation, String location, String message, String javaImpact) {
        if (!config.isIgnored(rule)) {
            changes.add(new Change(rule, config.levelOf(rule), operation, location, message, javaImpact));
        }
    }

    /** Every change reported, in {@link Change#ORDER}. */
    List<Change> sorted() {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Change.ORDER);
        return sorted;
    }
}
