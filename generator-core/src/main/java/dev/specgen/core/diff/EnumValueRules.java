package dev.specgen.core.diff;

/**
 * {@code *-enum-value-added} and {@code *-enum-value-removed}: a value was added to or removed from a list
 * of allowed values. Removing one breaks senders; adding one may surprise receivers (the generated enums are
 * open, so it does not break deserialization, but a {@code switch} on {@code known()} meets {@code UNKNOWN}).
 * The listed values of a union of scalars' alternative are not an enum class, only what its validator accepts.
 */
final class EnumValueRules implements SchemaRule {

    @Override
    public void report(SchemaFact fact, FactContext at) {
        if (fact instanceof SchemaFact.EnumValueAdded added) {
            at.report("enum-value-added", "The enum value '" + added.constant().value() + "' was added.",
                    "enum constant " + added.enumName() + "." + added.constant().javaName() + " added");
        } else if (fact instanceof SchemaFact.EnumValueRemoved removed) {
            at.report("enum-value-removed", "The enum value '" + removed.constant().value() + "' was removed.",
                    "enum constant " + removed.enumName() + "." + removed.constant().javaName() + " removed");
        } else if (fact instanceof SchemaFact.ListedValueChanged listed) {
            at.report(listed.added() ? "enum-value-added" : "enum-value-removed",
                    "The enum value '" + listed.value() + "' was " + (listed.added() ? "added." : "removed."),
                    "the generated validator " + (listed.added() ? "accepts" : "no longer accepts") + " '"
                            + listed.value() + "' in " + listed.ownerName());
        }
    }
}
