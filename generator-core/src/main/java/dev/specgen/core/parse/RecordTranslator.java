package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.Diagnostics;
import dev.specgen.core.model.Docs;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.Rename;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.naming.JavaNames;
import dev.specgen.core.naming.NameScope;
import dev.specgen.core.naming.ReservedNames;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds a {@link RecordType} from an object schema, merging {@code allOf} parts into one set of properties. */
final class RecordTranslator {

    private static final NameScope COMPONENT_NAMES =
            new NameScope(JavaNames.Style.MEMBER, ReservedNames.RECORD_COMPONENTS, "_");

    private final SchemaTranslator schemas;
    private final Diagnostics diagnostics;
    private final List<Rename> renames = new ArrayList<>();

    RecordTranslator(SchemaTranslator schemas, Diagnostics diagnostics) {
        this.schemas = schemas;
        this.diagnostics = diagnostics;
    }

    RecordType placeholder(String javaName, String specName, SourceLocation location) {
        return new RecordType(javaName, specName, location, Docs.NONE, List.of(), null, List.of());
    }

    RecordType translate(Schema<?> schema, String javaName, String specName, SourceLocation location) {
        Collected collected = new Collected();
        collect(schema, location, collected, new ArrayDeque<>());
        Map<String, PropertySource> sources = collected.sources;
        if (!schemas.namesAllocated()) {
            // The first run only proposes type names: translating each property's schema, in the order
            // the second run will, is all that takes; naming and describing the properties can wait.
            sources.forEach((jsonName, source) -> schemas.translate(source.schema(), specName + " " + jsonName,
                    source.location()));
            additionalProperties(collected, specName, Set.of());
            return placeholder(javaName, specName, location);
        }

        Map<String, NameScope.Allocation> names = COMPONENT_NAMES.allocate(new ArrayList<>(sources.keySet()));
        List<Property> properties = new ArrayList<>();
        for (Map.Entry<String, PropertySource> entry : sources.entrySet()) {
            String jsonName = entry.getKey();
            PropertySource source = entry.getValue();
            NameScope.Allocation name = names.get(jsonName);
            if (name.reason() != null) {
                renames.add(new Rename(source.location(), jsonName, name.javaName(), name.reason()));
            }
            properties.add(property(jsonName, name.javaName(), source, collected.required.contains(jsonName),
                    specName));
        }
        properties.sort(Comparator.comparing(Property::javaName));
        Set<String> taken = new HashSet<>();
        properties.forEach(p -> taken.add(p.javaName()));
        return new RecordType(javaName, specName, location, SchemaFacts.docs(schema), properties,
                additionalProperties(collected, specName, taken), List.of());
    }

    /**
     * Where the record keeps the members its schema does not list: only when the schema says
     * {@code additionalProperties: true} or gives them a schema. Without the keyword, JSON Schema allows
     * extra members too, but nearly every spec leaves it out without meaning anything by it, so they are
     * ignored on reading rather than growing a map on every record.
     */
    private RecordType.@Nullable AdditionalProperties additionalProperties(Collected collected, String owner,
            Set<String> takenNames) {
        Object additional = collected.additional == null ? null : collected.additional.value();
        TypeRef.MapOf type;
        if (additional instanceof Schema<?> valueSchema) {
            SourceLocation at = collected.additional.location();
            Schema<?> resolved = schemas.resolve(valueSchema);
            type = new TypeRef.MapOf(schemas.translate(valueSchema, owner + " value", at),
                    resolved == null ? dev.specgen.core.model.Constraints.NONE : SchemaFacts.constraints(resolved),
                    SchemaFacts.nullable(valueSchema) || (resolved != null && SchemaFacts.nullable(resolved)),
                    collected.keyConstraints);
        } else if (Boolean.TRUE.equals(additional)) {
            type = new TypeRef.MapOf(new TypeRef.AnyValue(), dev.specgen.core.model.Constraints.NONE, true,
                    collected.keyConstraints);
        } else {
            return null;
        }
        String name = "additionalProperties";
        for (int suffix = 2; takenNames.contains(name); suffix++) {
            name = "additionalProperties" + suffix;
        }
        return new RecordType.AdditionalProperties(name, type);
    }

    List<Rename> renames() {
        return List.copyOf(renames);
    }

    private Property property(String jsonName, String javaName, PropertySource source, boolean required, String owner) {
        Schema<?> schema = source.schema();
        Schema<?> resolved = schemas.resolve(schema);
        Schema<?> facts = resolved == null ? schema : resolved;
        TypeRef type = schemas.translate(schema, owner + " " + jsonName, source.location());
        Docs docs = SchemaFacts.docs(schema);
        if (!docs.hasText() && resolved != null && resolved != schema) {
            docs = new Docs(null, SchemaFacts.blankToNull(resolved.getDescription()), docs.deprecated());
        }
        JsonValue defaultValue = schemas.defaultValue(schema, source.location());
        if (defaultValue == null && facts.getConst() != null) {
            defaultValue = JsonValues.ofParsed(facts.getConst()); // a builder starts from the only valid value
        }
        return new Property(
                jsonName,
                javaName,
                type,
                SchemaFacts.constraints(facts),
                required,
                SchemaFacts.nullable(schema) || SchemaFacts.nullable(facts),
                Boolean.TRUE.equals(facts.getReadOnly()),
                Boolean.TRUE.equals(facts.getWriteOnly()),
                defaultValue,
                docs,
                source.location());
    }

    /** Gathers the properties of a schema and of every {@code allOf} part, following references. */
    private void collect(Schema<?> schema, SourceLocation location, Collected into, Deque<String> referenceChain) {
        String component = schemas.componentNameOf(schema);
        if (component != null) {
            if (referenceChain.contains(component)) {
                List<String> cycle = new ArrayList<>(referenceChain);
                java.util.Collections.reverse(cycle);
                cycle.add(component);
                diagnostics.add(Diagnostic.error(
                        "allof-cycle",
                        "allOf cycle: " + String.join(" → ", cycle),
                        location,
                        "an allOf part cannot include the schema it is part of; break the cycle"));
                return;
            }
            Schema<?> target = schemas.resolve(schema);
            if (target == null) {
                schemas.componentType(component, location); // reports the unresolved reference
                return;
            }
            referenceChain.push(component);
            // The referenced schema's members are located where they are written, not under the $ref.
            collect(target, schemas.componentLocation(component), into, referenceChain);
            referenceChain.pop();
            return;
        }
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                collect(schema.getAllOf().get(i), location.child("allOf").child(i), into, referenceChain);
            }
        }
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> entry : schema.getProperties().entrySet()) {
                into.sources.put(entry.getKey(), new PropertySource(entry.getValue(),
                        location.child("properties").child(entry.getKey())));
            }
        }
        if (schema.getRequired() != null) {
            into.required.addAll(schema.getRequired());
        }
        if (schema.getPropertyNames() != null) {
            into.keyConstraints = schemas.keyConstraints(schema);
        }
        ExtraMembers extra = ExtraMembers.of(schema, location, schemas.fallbacks());
        if (extra != null) {
            // A later part (the schema's own keyword comes after its allOf parts) overrides an earlier one.
            into.additional = extra;
        }
    }

    /** What the schema and its {@code allOf} parts say, gathered in one walk. */
    private static final class Collected {
        final Map<String, PropertySource> sources = new LinkedHashMap<>();
        final Set<String> required = new HashSet<>();
        @Nullable ExtraMembers additional;
        dev.specgen.core.model.Constraints keyConstraints = dev.specgen.core.model.Constraints.NONE;
    }

    private record PropertySource(Schema<?> schema, SourceLocation location) {}
}
