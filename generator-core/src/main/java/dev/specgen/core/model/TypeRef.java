package dev.specgen.core.model;

/**
 * The type of a value: what a property, parameter, list item or body holds. A reference to a named
 * type is resolved by its Java name against {@link ApiModel#types()}.
 */
public sealed interface TypeRef {

    /** A value of a built-in kind: a string, a number, a date. */
    record Scalar(ScalarKind kind) implements TypeRef {}

    /** A value of a named type that the model defines (a record, an enum, a union). */
    record Named(String javaName) implements TypeRef {}

    /**
     * A JSON array.
     *
     * @param itemsNullable whether an item may be {@code null} (the item schema says {@code nullable})
     */
    record ListOf(TypeRef items, Constraints itemConstraints, boolean itemsNullable) implements TypeRef {}

    /**
     * A JSON object used as a map from string keys to values of one type.
     *
     * @param valuesNullable whether a value may be {@code null} (the value schema says {@code nullable})
     * @param keyConstraints what every key must satisfy (the 3.1 {@code propertyNames} schema: a pattern, lengths)
     */
    record MapOf(TypeRef values, Constraints valueConstraints, boolean valuesNullable, Constraints keyConstraints)
            implements TypeRef {

        /** A map whose keys may be any string. */
        public MapOf(TypeRef values, Constraints valueConstraints, boolean valuesNullable) {
            this(values, valueConstraints, valuesNullable, Constraints.NONE);
        }
    }

    /**
     * Any JSON value, kept as a plain Java tree ({@code Map}, {@code List}, {@code String}, numbers,
     * booleans): the fallback for free-form values and for constructs Java cannot express faithfully.
     */
    record AnyValue() implements TypeRef {}

    /** A free-form JSON object kept as a {@code Map<String, Object>}. */
    record FreeFormObject() implements TypeRef {}
}
