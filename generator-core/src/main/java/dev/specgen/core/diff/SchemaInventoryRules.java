package dev.specgen.core.diff;

import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.TypeDef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code api-schema-added} and {@code api-schema-removed}: a named type, and so a generated Java type,
 * appeared or disappeared. Matched by Java name, since that is what code that uses the types refers to.
 */
final class SchemaInventoryRules {

    private SchemaInventoryRules() {}

    static void compare(List<TypeDef> older, List<TypeDef> newer, ChangeSink sink) {
        Set<String> oldNames = new HashSet<>();
        older.forEach(t -> oldNames.add(t.javaName()));
        Set<String> newNames = new HashSet<>();
        newer.forEach(t -> newNames.add(t.javaName()));
        for (TypeDef type : older) {
            if (!newNames.contains(type.javaName())) {
                sink.add(RuleId.API_SCHEMA_REMOVED, null, type.location().pointer(),
                        "The schema '" + type.specName() + "' was removed.", kind(type) + " " + type.javaName() + " removed");
            }
        }
        for (TypeDef type : newer) {
            if (!oldNames.contains(type.javaName())) {
                sink.add(RuleId.API_SCHEMA_ADDED, null, type.location().pointer(),
                        "The schema '" + type.specName() + "' was added.", kind(type) + " " + type.javaName() + " added");
            }
        }
    }

    private static String kind(TypeDef type) {
        return type instanceof RecordType ? "record" : type instanceof EnumType ? "enum class" : "sealed interface";
    }
}
