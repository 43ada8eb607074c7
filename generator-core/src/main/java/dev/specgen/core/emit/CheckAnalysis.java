package dev.specgen.core.emit;

import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides which values have anything to check, so that validators neither loop over lists whose items
 * can break no rule nor call validators that check nothing. Also answers, for the {@code @SuppressWarnings}
 * of a validator, whether a type refers to anything the spec marks deprecated.
 */
final class CheckAnalysis {

    private final Map<String, TypeDef> types = new HashMap<>();
    private final Map<String, Boolean> recordsWithChecks = new HashMap<>();

    CheckAnalysis(ApiModel model) {
        for (TypeDef type : model.types()) {
            types.put(type.javaName(), type);
        }
    }

    @Nullable TypeDef type(String javaName) {
        return types.get(javaName);
    }

    /** Whether a non-null value of this type, under these constraints, can break any rule. */
    boolean hasChecks(TypeRef type, Constraints constraints) {
        if (type instanceof TypeRef.Scalar scalar) {
            return ScalarChecks.hasRules(scalar.kind(), constraints);
        }
        if (type instanceof TypeRef.Named named) {
            TypeDef def = types.get(named.javaName());
            if (def instanceof RecordType record) {
                return hasPropertyCounts(constraints) || hasChecks(record);
            }
            if (def instanceof ScalarUnionType scalarUnion) {
                return ScalarUnionValidatorEmitter.hasChecks(scalarUnion);
            }
            return def != null; // enums check membership; unions their variants
        }
        if (type instanceof TypeRef.ListOf list) {
            return constraints.minItems() != null || constraints.maxItems() != null || constraints.uniqueItems()
                    || !list.itemsNullable() || hasChecks(list.items(), list.itemConstraints());
        }
        if (type instanceof TypeRef.MapOf map) {
            return hasPropertyCounts(constraints) || !map.valuesNullable() || hasKeyChecks(map)
                    || hasChecks(map.values(), map.valueConstraints());
        }
        if (type instanceof TypeRef.FreeFormObject) {
            return hasPropertyCounts(constraints);
        }
        return false;
    }

    /** Whether a record's validator checks anything at all. */
    boolean hasChecks(RecordType record) {
        Boolean known = recordsWithChecks.get(record.javaName());
        if (known != null) {
            return known;
        }
        recordsWithChecks.put(record.javaName(), true); // a record that contains itself: assume it checks
        boolean checks = record.additionalProperties() != null
                && hasChecks(record.additionalProperties().type(), Constraints.NONE);
        for (Property property : record.properties()) {
            if (isRequiredCheck(property) || hasChecks(property.type(), property.constraints())) {
                checks = true;
                break;
            }
        }
        recordsWithChecks.put(record.javaName(), checks);
        return checks;
    }

    /**
     * A required property must be present unless the schema allows it to be {@code null}, or it travels in
     * one direction only ({@code readOnly}, {@code writeOnly}): a validator does not know which way a value goes.
     */
    static boolean isRequiredCheck(Property property) {
        return property.mustBePresent();
    }

    /** Whether a map's keys must satisfy a rule ({@code propertyNames}). */
    static boolean hasKeyChecks(TypeRef.MapOf map) {
        return ScalarChecks.hasRules(dev.specgen.core.model.ScalarKind.STRING, map.keyConstraints());
    }

    static boolean hasPropertyCounts(Constraints constraints) {
        return constraints.minProperties() != null || constraints.maxProperties() != null;
    }

    /** Whether naming this type in Java touches a type the spec marks deprecated. */
    boolean isDeprecated(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            TypeDef def = types.get(named.javaName());
            return def != null && def.docs().deprecated();
        }
        if (type instanceof TypeRef.ListOf list) {
            return isDeprecated(list.items());
        }
        if (type instanceof TypeRef.MapOf map) {
            return isDeprecated(map.values());
        }
        return false;
    }

    boolean isEnum(TypeRef type) {
        return type instanceof TypeRef.Named named && types.get(named.javaName()) instanceof EnumType;
    }
}
