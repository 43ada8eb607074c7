package dev.specgen.core.diff;

import dev.specgen.core.model.Property;

/**
 * {@code <direction>-<optional|required>-property-became-<read-only|not-read-only|write-only|not-write-only>}:
 * a property started or stopped travelling in one direction. A required property that stops being
 * read-only must now be sent; one that becomes write-only stops arriving.
 */
final class ReadWriteOnlyRules implements SchemaRule {

    @Override
    public void report(SchemaFact fact, FactContext at) {
        if (!(fact instanceof SchemaFact.PropertyChanged changed)) {
            return;
        }
        Property older = changed.older();
        Property newer = changed.newer();
        if (older.readOnly() != newer.readOnly()) {
            report(at, newer, newer.readOnly() ? "read-only" : "not-read-only",
                    newer.readOnly() ? "is now read-only: clients do not send it" : "is no longer read-only");
        }
        if (older.writeOnly() != newer.writeOnly()) {
            report(at, newer, newer.writeOnly() ? "write-only" : "not-write-only",
                    newer.writeOnly() ? "is now write-only: responses do not carry it" : "is no longer write-only");
        }
    }

    private static void report(FactContext at, Property property, String became, String sentence) {
        String id = at.direction().word() + "-" + (property.required() ? "required" : "optional")
                + "-property-became-" + became;
        RuleId rule = RuleId.byId(id).orElseThrow(() -> new IllegalStateException("no rule " + id));
        at.report(rule, "The property '" + property.jsonName() + "' " + sentence + ".", "none");
    }
}
