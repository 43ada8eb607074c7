package dev.specgen.core.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The changes between two versions of a spec, ready to be rendered.
 *
 * @param oldSpec how to name the older version in a report (usually its file name)
 * @param newSpec how to name the newer version
 * @param changes the changes, in {@link Change#ORDER}
 */
public record DiffReport(String oldSpec, String newSpec, List<Change> changes) {

    public DiffReport {
        changes = List.copyOf(changes);
    }

    /** {@code 13 changes (0 ERR, 1 WARN, 12 INFO)}. */
    public String summary() {
        Map<Level, Integer> counts = countsByLevel();
        return changes.size() + (changes.size() == 1 ? " change" : " changes") + " (" + counts.get(Level.ERR)
                + " ERR, " + counts.get(Level.WARN) + " WARN, " + counts.get(Level.INFO) + " INFO)";
    }

    /** How many changes there are at each level (every level present, zero when none). */
    public Map<Level, Integer> countsByLevel() {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0);
        }
        changes.forEach(c -> counts.merge(c.level(), 1, Integer::sum));
        return counts;
    }
}
