package dev.specgen.core.diff;

import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.TypeRef;
import java.util.List;

/**
 * What the rules about one pair of matched operations share: the operation as reports name it, the schema
 * comparator, the places whose schemas are reported once every named type has been compared, and the sink.
 */
record OperationContext(OperationRef operation, SchemaComparator schemas, TypeIndex oldTypes, TypeIndex newTypes,
        List<SchemaUse> uses, ChangeSink sink) {

    void report(RuleId rule, String location, String message, String javaImpact) {
        sink.add(rule, operation, location, message, javaImpact);
    }

    /** Compares the schemas of a place now, and reports their differences once all types are compared. */
    void compareSchemas(Site site, String place, String javaOwner, TypeRef older, Constraints oldConstraints,
            TypeRef newer, Constraints newConstraints) {
        TypeDelta delta = schemas.comparePlace(older, oldConstraints, newer, newConstraints, javaOwner);
        if (!delta.isEmpty()) {
            uses.add(new SchemaUse(operation, site, place, delta));
        }
    }

    /** {@code client method getTask}. */
    String method() {
        return "client method " + operation.javaName();
    }
}
