package dev.specgen.core.model;

/**
 * An example value the spec gives, with the type and constraints it claims to conform to, so that
 * {@code specgen check} can validate it and tests can feed it to the generated models.
 *
 * @param location where the example is in the spec
 * @param type the type the example is for
 * @param constraints the constraints on that value (for a property or a parameter)
 * @param value the example itself
 */
public record ExampleUse(SourceLocation location, TypeRef type, Constraints constraints, JsonValue value) {}
