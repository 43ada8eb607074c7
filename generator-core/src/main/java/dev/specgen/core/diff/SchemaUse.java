package dev.specgen.core.diff;

/**
 * A place where an operation sends or receives a schema, with the differences found there.
 *
 * @param site the direction, and the scope of the place's top level (parameter or body)
 * @param place how reports name the place: {@code query parameter 'state'}, {@code response 200
 *     application/json}
 */
record SchemaUse(OperationRef operation, Site site, String place, TypeDelta delta) {}
