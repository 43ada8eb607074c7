package dev.specgen.core.model;

import org.jspecify.annotations.Nullable;

/**
 * One property of an object.
 *
 * @param jsonName the name on the wire
 * @param javaName the record component's name
 * @param required whether the schema lists it as required
 * @param nullable whether the schema allows an explicit JSON {@code null}
 * @param defaultValue the schema's default, as JSON, if it has one
 */
public record Property(
        String jsonName,
        String javaName,
        TypeRef type,
        Constraints constraints,
        boolean required,
        boolean nullable,
        boolean readOnly,
        boolean writeOnly,
        @Nullable JsonValue defaultValue,
        Docs docs,
        SourceLocation location) {

    /**
     * Whether a value may be absent from a valid instance (so the Java component is {@code @Nullable}). A
     * required {@code readOnly} property is absent from requests and a required {@code writeOnly} one from
     * responses, and one record type serves both directions.
     */
    public boolean mayBeAbsent() {
        return !required || nullable || readOnly || writeOnly;
    }

    /** Whether every valid instance, in either direction, carries a non-null value. */
    public boolean mustBePresent() {
        return !mayBeAbsent();
    }
}
