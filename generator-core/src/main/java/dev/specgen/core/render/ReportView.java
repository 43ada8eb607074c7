package dev.specgen.core.render;

import dev.specgen.core.diff.Change;
import dev.specgen.core.diff.DiffReport;
import dev.specgen.core.diff.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a diff report template shows, prepared: counts, groups, separators and wording are decided
 * here, so that templates (the user's included) only lay them out. Public, with public members, because
 * Mustache reads it by reflection; a template may use any member documented here.
 *
 * @param oldSpec how the older version is named
 * @param newSpec how the newer version is named
 * @param summary the counts by level
 * @param groups the changes by level, most severe first; levels without changes are left out
 * @param changes every change, in report order
 * @param empty whether there are no changes at all
 */
public record ReportView(String oldSpec, String newSpec, Summary summary, List<Group> groups, List<Item> changes,
        boolean empty) {

    /** The view of a report. */
    public static ReportView of(DiffReport report) {
        Map<Level, Integer> counts = report.countsByLevel();
        List<Item> items = new ArrayList<>();
        List<Change> changes = report.changes();
        for (int i = 0; i < changes.size(); i++) {
            items.add(Item.of(changes.get(i), i == changes.size() - 1));
        }
        List<Group> groups = new ArrayList<>();
        for (Level level : Level.values()) {
            List<Item> atLevel = items.stream().filter(item -> item.level().equals(level.name())).toList();
            if (!atLevel.isEmpty()) {
                groups.add(new Group(level.name(), level.name().toLowerCase(Locale.ROOT), meaning(level),
                        atLevel.size(), atLevel));
            }
        }
        int total = changes.size();
        String line = total == 0 ? "No changes."
                : total + (total == 1 ? " change: " : " changes: ") + counts.get(Level.ERR) + " ERR (breaking), "
                        + counts.get(Level.WARN) + " WARN (may break), " + counts.get(Level.INFO) + " INFO (safe)";
        return new ReportView(report.oldSpec(), report.newSpec(),
                new Summary(counts.get(Level.ERR), counts.get(Level.WARN), counts.get(Level.INFO), total, line),
                groups, items, total == 0);
    }

    private static String meaning(Level level) {
        return switch (level) {
            case ERR -> "Breaking: existing clients fail";
            case WARN -> "May break existing clients";
            case INFO -> "Safe for existing clients";
        };
    }

    /**
     * @param line one sentence with every count, e.g. {@code 13 changes: 0 ERR (breaking), 1 WARN …}
     */
    public record Summary(int err, int warn, int info, int total, String line) {}

    /**
     * @param cssClass the level in lower case, for HTML classes
     * @param title what the level means, e.g. {@code Breaking: existing clients fail}
     */
    public record Group(String level, String cssClass, String title, int count, List<Item> changes) {}

    /**
     * One change.
     *
     * @param operation {@code GET /tasks/{task_id}}, empty for a change to the document as a whole
     * @param hasOperation whether there is an operation
     * @param separator {@code ","} after every change but the last, for formats that list with separators
     */
    public record Item(String id, String level, String cssClass, String operation, String operationId,
            boolean hasOperation, String location, String message, String javaImpact, String separator) {

        static Item of(Change change, boolean last) {
            boolean hasOperation = change.operation() != null;
            return new Item(change.id(), change.level().name(), change.level().name().toLowerCase(Locale.ROOT),
                    hasOperation ? change.operation().display() : "",
                    hasOperation ? change.operation().operationId() : "",
                    hasOperation, change.location(), change.message(), change.javaImpact(), last ? "" : ",");
        }
    }
}
