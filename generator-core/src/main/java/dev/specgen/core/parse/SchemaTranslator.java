package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.Diagnostics;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.ExampleUse;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Translates Swagger schemas into {@link TypeRef}s, defining a named type for every object, enum and
 * union it meets (components under their own name, inline schemas hoisted under a name derived from
 * where they are). Records, enums and unions are built by {@link RecordTranslator}, {@link EnumTranslator},
 * {@link UnionTranslator} and {@link ScalarUnionTranslator}.
 */
final class SchemaTranslator {

    private final Map<String, Schema<?>> components;
    private final SourceLocation componentsLocation;
    private final TypePlan plan;
    private final RawTree raw;
    private final Diagnostics diagnostics;
    private final RecordTranslator records;
    private final EnumTranslator enums;
    private final UnionTranslator unions;
    private final ScalarUnionTranslator scalarUnions;

    private final Map<String, TypeDef> definitions = new TreeMap<>();
    private final Map<String, TypeRef> componentTypes = new HashMap<>();
    private final Set<String> aliasesInProgress = new HashSet<>();
    private final Fallbacks fallbacks;
    private final List<ExampleUse> examples = new ArrayList<>();
    private final ExternalRefs externalRefs = new ExternalRefs();
    private final boolean collectExamples;

    SchemaTranslator(
            Map<String, Schema<?>> components,
            SourceLocation componentsLocation,
            TypePlan plan,
            RawTree raw,
            Diagnostics diagnostics,
            boolean collectExamples) {
        this.collectExamples = collectExamples;
        this.components = components;
        this.componentsLocation = componentsLocation;
        this.plan = plan;
        this.raw = raw;
        this.diagnostics = diagnostics;
        this.fallbacks = new Fallbacks(diagnostics);
        this.records = new RecordTranslator(this, diagnostics);
        this.enums = new EnumTranslator(diagnostics, raw);
        this.scalarUnions = new ScalarUnionTranslator(this, enums);
        this.unions = new UnionTranslator(this, scalarUnions, fallbacks);
    }

    /** Translates every component, so that unused components are generated too. */
    void translateAllComponents() {
        for (String name : new TreeSet<>(components.keySet())) {
            componentType(name, componentsLocation.child(name));
        }
    }

    /**
     * The type of a value described by {@code schema}.
     *
     * @param proposal the name to propose if the schema needs a type of its own
     * @param location where the schema is
     */
    TypeRef translate(@Nullable Schema<?> schema, String proposal, SourceLocation location) {
        if (schema == null) {
            return new TypeRef.AnyValue();
        }
        if (schema.get$ref() != null) {
            return reference(schema.get$ref(), location);
        }
        TypeRef type = translateInline(schema, new TypePlan.InlineKey(schema), proposal, location);
        collectExample(schema, type, location);
        return type;
    }

    /** The type of {@code #/components/schemas/name}, translated once. */
    TypeRef componentType(String name, SourceLocation referencedFrom) {
        TypeRef known = componentTypes.get(name);
        if (known != null) {
            return known;
        }
        Schema<?> schema = components.get(name);
        SourceLocation location = componentsLocation.child(name);
        if (schema == null) {
            diagnostics.add(Diagnostic.error(
                    "unresolved-ref",
                    "$ref points to '#/components/schemas/" + name + "', which does not exist",
                    referencedFrom,
                    "define the schema under components/schemas, or fix the reference"));
            return new TypeRef.AnyValue();
        }
        TypeRef keptAsJson = unions.keptAsJson(schema, location);
        if (keptAsJson != null) {
            componentTypes.put(name, keptAsJson);
            return keptAsJson;
        }
        if (needsOwnType(schema)) {
            fallbacks.not(schema, location);
            String javaName = plan.propose(new TypePlan.ComponentKey(name), name, location);
            TypeRef named = new TypeRef.Named(javaName);
            componentTypes.put(name, named); // before defining, so that recursion ends here
            if (unions.isHierarchyRoot(name, schema)) {
                definitions.putIfAbsent(javaName, unions.translateHierarchy(schema, javaName, name, location));
            } else {
                define(schema, javaName, name, location);
            }
            collectExample(schema, named, location);
            return named;
        }
        if (!aliasesInProgress.add(name)) {
            diagnostics.add(Diagnostic.error(
                    "ref-cycle",
                    "schema '" + name + "' is defined as itself through a chain of $refs",
                    location,
                    "give the schema a type or properties somewhere in the chain"));
            return new TypeRef.AnyValue();
        }
        TypeRef aliased = translate(schema, name, location);
        aliasesInProgress.remove(name);
        componentTypes.put(name, aliased);
        return aliased;
    }

    /** The schema a reference points to, or {@code null} (with an error) when it points nowhere. */
    @Nullable Schema<?> resolve(Schema<?> schema) {
        Schema<?> current = schema;
        for (int hops = 0; current != null && current.get$ref() != null; hops++) {
            String name = SchemaFacts.componentName(current.get$ref(), "schemas");
            if (name == null || hops > 64) {
                return null;
            }
            current = components.get(name);
        }
        return current;
    }

    Fallbacks fallbacks() {
        return fallbacks;
    }

    /** Calls {@code action} with every component schema, sorted by name. */
    void forEachComponent(java.util.function.BiConsumer<String, Schema<?>> action) {
        components.forEach(action);
    }

    /** Where {@code #/components/schemas/name} is written. */
    SourceLocation componentLocation(String name) {
        return componentsLocation.child(name);
    }

    /**
     * The schema's default (or that of the schema it refers to) as the spec writes it: Swagger Parser turns a
     * {@code format: date} default into a {@code java.util.Date}, and a large integer into whatever fits.
     */
    @Nullable JsonValue defaultValue(Schema<?> schema, SourceLocation location) {
        String component = componentNameOf(schema);
        SourceLocation written = (component == null ? location : componentLocation(component)).child("default");
        JsonValue value = raw.valueAt(written);
        if (value != null) {
            return value;
        }
        Schema<?> resolved = resolve(schema);
        return JsonValues.ofParsed((resolved == null ? schema : resolved).getDefault());
    }

    @Nullable String componentNameOf(Schema<?> schema) {
        return schema.get$ref() == null ? null : SchemaFacts.componentName(schema.get$ref(), "schemas");
    }

    private TypeRef reference(String ref, SourceLocation location) {
        String name = SchemaFacts.componentName(ref, "schemas");
        if (name == null) {
            diagnostics.add(externalRefs.unresolved(ref, location));
            return new TypeRef.AnyValue();
        }
        return componentType(name, location);
    }

    private TypeRef translateInline(Schema<?> schema, Object key, String proposal, SourceLocation location) {
        fallbacks.not(schema, location);
        TypeRef keptAsJson = unions.keptAsJson(schema, location);
        if (keptAsJson != null) {
            return keptAsJson;
        }
        if (needsOwnType(schema)) {
            String javaName = plan.propose(key, proposal, location);
            define(schema, javaName, proposal, location);
            return new TypeRef.Named(javaName);
        }
        List<Schema> oneOf = alternatives(schema);
        if (!oneOf.isEmpty()) {
            // Only "one real alternative plus null" gets here (see needsOwnType).
            for (int i = 0; i < oneOf.size(); i++) {
                Schema<?> alternative = oneOf.get(i);
                if (!SchemaFacts.isNullOnly(alternative)) {
                    return translate(alternative, proposal, location.child(UnionTranslator.keyword(schema)).child(i));
                }
            }
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1 && schema.getProperties() == null) {
            return translate(schema.getAllOf().get(0), proposal, location.child("allOf").child(0));
        }
        if (SchemaFacts.hasSeveralTypes(schema)) {
            fallbacks.severalTypes(schema, location);
            return new TypeRef.AnyValue();
        }
        String type = SchemaFacts.type(schema);
        if (type == null && schema.getItems() != null) {
            type = "array";
        }
        if (type == null && (schema.getAdditionalProperties() != null || schema.getPatternProperties() != null)) {
            type = "object";
        }
        if (type == null) {
            return new TypeRef.AnyValue();
        }
        return switch (type) {
            case "array" -> new TypeRef.ListOf(
                    translate(schema.getItems(), proposal + " item", location.child("items")),
                    schema.getItems() == null ? Constraints.NONE : itemConstraints(schema.getItems()),
                    schema.getItems() == null || nullable(schema.getItems()));
            case "object" -> objectWithoutProperties(schema, proposal, location);
            case "string" -> new TypeRef.Scalar(ScalarKinds.ofString(schema));
            case "integer" -> new TypeRef.Scalar(ScalarKinds.ofInteger(schema));
            case "number" -> new TypeRef.Scalar(ScalarKinds.ofNumber(schema.getFormat()));
            case "boolean" -> new TypeRef.Scalar(ScalarKind.BOOLEAN);
            default -> new TypeRef.AnyValue();
        };
    }

    private Constraints itemConstraints(Schema<?> items) {
        Schema<?> resolved = resolve(items);
        return resolved == null ? Constraints.NONE : SchemaFacts.constraints(resolved);
    }

    private TypeRef objectWithoutProperties(Schema<?> schema, String proposal, SourceLocation location) {
        ExtraMembers extra = ExtraMembers.of(schema, location, fallbacks);
        if (extra != null && extra.value() instanceof Schema<?> valueSchema) {
            Schema<?> resolved = resolve(valueSchema);
            TypeRef values = translate(valueSchema, proposal + " value", extra.location());
            return new TypeRef.MapOf(values, resolved == null ? Constraints.NONE : SchemaFacts.constraints(resolved),
                    nullable(valueSchema), keyConstraints(schema));
        }
        Constraints keys = keyConstraints(schema);
        return keys.isEmpty() ? new TypeRef.FreeFormObject()
                : new TypeRef.MapOf(new TypeRef.AnyValue(), Constraints.NONE, true, keys);
    }

    /** What the 3.1 {@code propertyNames} schema says every member name must satisfy (a pattern, lengths). */
    Constraints keyConstraints(Schema<?> schema) {
        Schema<?> names = schema.getPropertyNames();
        Schema<?> resolved = names == null ? null : resolve(names);
        return resolved == null ? Constraints.NONE : SchemaFacts.constraints(resolved);
    }

    /** Whether null is allowed where the schema (or the schema it refers to) is used. */
    private boolean nullable(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        return SchemaFacts.nullable(schema) || (resolved != null && SchemaFacts.nullable(resolved));
    }

    /** Whether the schema becomes a type of its own: an object with properties, an enum, a union, a merge. */
    static boolean needsOwnType(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return false;
        }
        if (SchemaFacts.hasEnumValues(schema) && !"boolean".equals(SchemaFacts.type(schema))) {
            return true;
        }
        List<Schema> alternatives = alternatives(schema);
        if (!alternatives.isEmpty()) {
            long real = alternatives.stream().filter(s -> !SchemaFacts.isNullOnly(s)).count();
            return real > 1;
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return schema.getAllOf().size() > 1 || schema.getProperties() != null;
        }
        return schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    @SuppressWarnings("rawtypes")
    static List<Schema> alternatives(Schema<?> schema) {
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return schema.getOneOf();
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return schema.getAnyOf();
        }
        return List.of();
    }

    private void define(Schema<?> schema, String javaName, String specName, SourceLocation location) {
        if (definitions.containsKey(javaName)) {
            return;
        }
        if (SchemaFacts.hasEnumValues(schema)) {
            // An enum proposes no other type: the first run, which only proposes names, skips it.
            definitions.put(javaName, namesAllocated()
                    ? enums.translate(schema, javaName, specName, location)
                    : new dev.specgen.core.model.EnumType(javaName, specName, location,
                            dev.specgen.core.model.Docs.NONE, ScalarKind.STRING, List.of()));
        } else if (!alternatives(schema).isEmpty()) {
            definitions.put(javaName, scalarUnions.isScalarUnion(schema)
                    ? scalarUnions.translate(schema, javaName, specName, location)
                    : unions.translate(schema, javaName, specName, location));
        } else {
            // A placeholder first: a property may refer back to this record while it is being built.
            definitions.put(javaName, records.placeholder(javaName, specName, location));
            definitions.put(javaName, records.translate(schema, javaName, specName, location));
        }
    }

    /** Whether type names are allocated: {@code false} in the first run, which only proposes them. */
    boolean namesAllocated() {
        return plan.isAllocated();
    }

    /** Whether examples are being collected: not in the first run, which only proposes names, nor when skipped. */
    boolean collectsExamples() {
        return collectExamples && plan.isAllocated();
    }

    private void collectExample(Schema<?> schema, TypeRef type, SourceLocation location) {
        if (!collectsExamples()) {
            return;
        }
        SourceLocation exampleLocation = location.child("example");
        JsonValue value = raw.valueAt(exampleLocation);
        if (value == null && schema.getExample() != null && !raw.has(location)) {
            value = JsonValues.ofParsed(schema.getExample());
        }
        if (value != null) {
            examples.add(new ExampleUse(exampleLocation, type, SchemaFacts.constraints(schema), value));
        }
    }

    void addExample(ExampleUse example) {
        if (collectsExamples()) {
            examples.add(example);
        }
    }

    /** Every type defined, sorted by Java name, with union memberships filled in. */
    List<TypeDef> definitions() {
        Map<String, RecordType> records = new HashMap<>();
        definitions.values().forEach(t -> {
            if (t instanceof RecordType record) {
                records.put(record.javaName(), record);
            }
        });
        List<TypeDef> all = new ArrayList<>();
        for (TypeDef type : definitions.values()) {
            if (type instanceof dev.specgen.core.model.UnionType union) {
                all.add(unions.complete(union, records));
            } else if (type instanceof RecordType record && !unions.unionsOf(record.javaName()).isEmpty()) {
                all.add(new RecordType(record.javaName(), record.specName(), record.location(), record.docs(),
                        record.properties(), record.additionalProperties(),
                        unions.unionsOf(record.javaName())));
            } else {
                all.add(type);
            }
        }
        return all;
    }

    List<ExampleUse> examples() {
        return List.copyOf(examples);
    }

    /** The property and enum constant names that had to change. */
    List<dev.specgen.core.model.Rename> renames() {
        List<dev.specgen.core.model.Rename> all = new ArrayList<>(records.renames());
        all.addAll(enums.renames());
        return all;
    }
}
