package dev.specgen.core.diff;

import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Property;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code *-property-became-required} / {@code -optional}, {@code *-property-became-nullable} / {@code
 * -not-nullable}, {@code *-property-deprecated} / {@code -reactivated} and {@code
 * *-property-default-value-*}: a property's requiredness, nullability, deprecation or default changed.
 */
final class PropertyFlagRules implements SchemaRule {

    @Override
    public void report(SchemaFact fact, FactContext at) {
        if (!(fact instanceof SchemaFact.PropertyChanged changed)) {
            return;
        }
        Property older = changed.older();
        Property newer = changed.newer();
        String name = "'" + newer.jsonName() + "'";
        String component = changed.recordName() + "." + newer.javaName();
        String nullability = nullability(older, newer, component);
        if (older.required() != newer.required()) {
            at.report(newer.required() ? "became-required" : "became-optional",
                    "The property " + name + " became " + (newer.required() ? "required." : "optional."), nullability);
        }
        if (older.nullable() != newer.nullable()) {
            at.report(newer.nullable() ? "became-nullable" : "became-not-nullable",
                    "The property " + name + (newer.nullable() ? " may now be null." : " may no longer be null."),
                    nullability);
        }
        if (older.docs().deprecated() != newer.docs().deprecated()) {
            at.report(newer.docs().deprecated() ? "deprecated" : "reactivated",
                    "The property " + name + (newer.docs().deprecated() ? " was deprecated." : " is no longer deprecated."),
                    component + (newer.docs().deprecated() ? " gets @Deprecated" : " loses @Deprecated"));
        }
        if (!Objects.equals(older.defaultValue(), newer.defaultValue())) {
            reportDefault(older.defaultValue(), newer.defaultValue(), name, component, at);
        }
    }

    private static void reportDefault(@Nullable JsonValue before, @Nullable JsonValue after, String name,
            String component, FactContext at) {
        String what = before == null ? "default-value-added" : after == null ? "default-value-removed"
                : "default-value-changed";
        String message = before == null ? "The property " + name + " got the default " + JsonText.of(after) + "."
                : after == null ? "The property " + name + " lost its default " + JsonText.of(before) + "."
                : "The default of " + name + " changed from " + JsonText.of(before) + " to " + JsonText.of(after) + ".";
        at.report(what, message, "the builder's initial value of " + component + " changes");
    }

    /** What a change of requiredness or nullability does to the record component's annotation. */
    static String nullability(Property older, Property newer, String component) {
        if (older.mayBeAbsent() == newer.mayBeAbsent()) {
            return "none";
        }
        return newer.mayBeAbsent() ? component + " becomes @Nullable" : component + " is no longer @Nullable";
    }
}
