package dev.specgen.core.diff;

import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.Property;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two schemas, stated without a direction: whether it breaks anything depends on
 * whether the schema is sent or received, which the rules decide when they report it. Computed once per
 * pair of named types and reported for every operation that uses them.
 */
sealed interface SchemaFact {

    /**
     * The value's type changed.
     *
     * @param oldType the older type as the spec would put it ({@code integer (int32)}, {@code object Task})
     * @param oldJava the older type's Java name ({@code Integer}, {@code List<Task>})
     */
    record TypeChanged(TypeChange kind, String oldType, String newType, String oldJava, String newJava)
            implements SchemaFact {}

    /** How a type changed. */
    enum TypeChange {
        /** Every old value is still valid (int32 → int64, a format dropped, enum → its base type). */
        GENERALIZED,
        /** Every new value was valid before, but not every old one is now. */
        SPECIALIZED,
        /** A free value became one from a list (string → enum). */
        BECAME_ENUM,
        /** Neither contains the other. */
        CHANGED
    }

    /** A numeric bound, a length or a count limit changed. */
    record BoundChanged(Bound bound, BoundChange change, @Nullable String oldValue, @Nullable String newValue)
            implements SchemaFact {}

    /** How a bound changed. */
    enum BoundChange {
        SET("set"),
        UNSET("unset"),
        INCREASED("increased"),
        DECREASED("decreased");

        private final String word;

        BoundChange(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }
    }

    record PatternChanged(@Nullable String oldPattern, @Nullable String newPattern) implements SchemaFact {}

    record MultipleOfChanged(@Nullable String oldValue, @Nullable String newValue) implements SchemaFact {}

    record UniqueItemsChanged(boolean nowUnique) implements SchemaFact {}

    /** A property exists in the newer record only. */
    record PropertyAdded(String recordName, Property property) implements SchemaFact {}

    /** A property exists in the older record only. */
    record PropertyRemoved(String recordName, Property property) implements SchemaFact {}

    /** A property's flags (required, nullable, readOnly, writeOnly, deprecated, default) changed. */
    record PropertyChanged(String recordName, Property older, Property newer) implements SchemaFact {}

    record EnumValueAdded(String enumName, EnumType.EnumConstant constant) implements SchemaFact {}

    record EnumValueRemoved(String enumName, EnumType.EnumConstant constant) implements SchemaFact {}

    /**
     * A value was added to or removed from the listed values of a plain-typed value (an alternative of a union of
     * scalars, whose record holds a {@code String} or a {@code long}, not an open enum).
     *
     * @param ownerName the Java element that holds the value ({@code SortKey.OfString})
     */
    record ListedValueChanged(String ownerName, String value, boolean added) implements SchemaFact {}

    /** A union gained or lost a variant. */
    record VariantChanged(String unionName, String recordName, boolean exclusive, boolean added)
            implements SchemaFact {}

    /** The property naming a union's variant was added, removed or renamed. */
    record DiscriminatorChanged(String unionName, @Nullable String oldProperty, @Nullable String newProperty)
            implements SchemaFact {}

    /** A discriminator value was mapped, unmapped or mapped to another variant. */
    record DiscriminatorMappingChanged(String unionName, String value, @Nullable String oldRecord,
            @Nullable String newRecord) implements SchemaFact {}
}
