package dev.specgen.core.model;

import java.util.List;

/**
 * A value from a listed set. Generated as an open enum: a value the spec does not list still reads,
 * and keeps its raw text, because services add values and their documentation lags behind.
 *
 * @param valueKind the JSON kind of the values ({@link ScalarKind#STRING}, {@link ScalarKind#INT32},
 *     {@link ScalarKind#INT64}, {@link ScalarKind#BIG_INTEGER} or {@link ScalarKind#DOUBLE})
 * @param constants the listed values, in spec order with duplicates removed
 */
public record EnumType(
        String javaName,
        String specName,
        SourceLocation location,
        Docs docs,
        ScalarKind valueKind,
        List<EnumConstant> constants) implements TypeDef {

    public EnumType {
        constants = List.copyOf(constants);
    }

    /**
     * One listed value.
     *
     * @param value the value as JSON text would carry it, e.g. {@code running} or {@code 42}
     * @param javaName the constant's Java name
     * @param description what the spec says the value means, if it says
     */
    public record EnumConstant(String value, String javaName, @org.jspecify.annotations.Nullable String description) {}
}
