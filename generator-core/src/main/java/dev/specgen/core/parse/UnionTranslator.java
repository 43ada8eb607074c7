package dev.specgen.core.parse;

import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.UnionType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link UnionType} from a {@code oneOf}/{@code anyOf} of objects, and decides when a union cannot be
 * one: alternatives that are all strings make a string, scalars of different kinds a union of scalars
 * ({@link ScalarUnionTranslator}), and any other alternatives that are not all objects with properties a plain JSON
 * value.
 */
final class UnionTranslator {

    private final SchemaTranslator schemas;
    private final ScalarUnionTranslator scalarUnions;
    private final Fallbacks fallbacks;
    private final Map<String, Set<String>> unionsByRecord = new HashMap<>();
    private @Nullable Map<String, List<String>> children;

    UnionTranslator(SchemaTranslator schemas, ScalarUnionTranslator scalarUnions, Fallbacks fallbacks) {
        this.schemas = schemas;
        this.scalarUnions = scalarUnions;
        this.fallbacks = fallbacks;
    }

    /** {@code oneOf} or {@code anyOf}, whichever the schema uses. */
    static String keyword(Schema<?> schema) {
        return schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
    }

    /**
     * The type of a {@code oneOf}/{@code anyOf} kept as a plain JSON value rather than a sealed interface, or
     * {@code null} when it becomes a sealed interface. It is kept as JSON when its alternatives are not all objects
     * with properties (a string or a number among them, say), or when, without a discriminator, two of them have the
     * same property names. Jackson tells the alternatives of a union without a discriminator apart by the names of
     * the properties present ({@code JsonTypeInfo.Id.DEDUCTION}), and refuses to build a reader at all for a type
     * that has two alternatives it cannot tell apart, so every type that contains such a union would be unreadable
     * (Stripe has a few:
     * {@code anyOf: [setup_intent_payment_method_options_us_bank_account, setup_intent_type_specific_payment_method_options_client]}).
     * When every alternative is a string, the type is a string (GitHub's
     * {@code oneOf: [{type: string, enum: [...]}, {type: string}]}, Stripe's {@code anyOf: [{type: string},
     * {type: string, enum: [""]}]}: whichever alternative a value is, it is a string, so nothing is lost); when the
     * alternatives are scalars of different JSON kinds, the union is a type of its own ({@link ScalarUnionTranslator});
     * otherwise it is a plain JSON value, with a warning at its location.
     */
    @Nullable TypeRef keptAsJson(Schema<?> schema, SourceLocation location) {
        if (!isUnion(schema)) {
            return null;
        }
        if (!isUnionOfObjects(schema, new HashSet<>())) {
            if (allStrings(schema)) {
                return new TypeRef.Scalar(ScalarKind.STRING);
            }
            if (scalarUnions.isScalarUnion(schema)) {
                return null;
            }
            fallbacks.union(schema, location);
            return new TypeRef.AnyValue();
        }
        String sameNames = indistinguishableAlternatives(schema);
        if (sameNames == null) {
            return null;
        }
        fallbacks.indistinguishableUnion(schema, location, sameNames);
        return new TypeRef.AnyValue();
    }

    private static boolean isUnion(Schema<?> schema) {
        return SchemaTranslator.alternatives(schema).stream().filter(a -> !SchemaFacts.isNullOnly(a)).count() > 1;
    }

    /** Whether every alternative is an object with properties, or itself such a union (nested unions flatten). */
    @SuppressWarnings("rawtypes")
    private boolean isUnionOfObjects(Schema<?> schema, Set<Schema<?>> visiting) {
        if (!visiting.add(schema)) {
            return true; // a union that contains itself adds no variant of its own
        }
        for (Schema alternative : SchemaTranslator.alternatives(schema)) {
            Schema<?> resolved = schemas.resolve(alternative);
            boolean object = resolved != null && (isUnion(resolved)
                    ? isUnionOfObjects(resolved, visiting)
                    : SchemaTranslator.alternatives(resolved).isEmpty() && SchemaTranslator.needsOwnType(resolved)
                            && !SchemaFacts.hasEnumValues(resolved));
            if (!object) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first two alternatives with the same property names, as {@code "'a' and 'b'"} (component names, else
     * positions such as {@code 1/0}), in a union of objects without a discriminator; {@code null} when there are
     * none. The alternatives of a nested union count as the outer union's own, since they become its variants
     * (Stripe: {@code anyOf: [payment_source, deleted_payment_source]}, whose deleted bank account and deleted card
     * have the same properties).
     */
    private @Nullable String indistinguishableAlternatives(Schema<?> schema) {
        if (hasDiscriminator(schema)) {
            return null;
        }
        Map<Set<String>, String> byPropertyNames = new HashMap<>();
        return firstSameNames(schema, "", byPropertyNames, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    @SuppressWarnings("rawtypes")
    private @Nullable String firstSameNames(Schema<?> union, String prefix, Map<Set<String>, String> byPropertyNames,
            Set<Schema<?>> visiting) {
        if (!visiting.add(union)) {
            return null;
        }
        List<Schema> alternatives = SchemaTranslator.alternatives(union);
        for (int i = 0; i < alternatives.size(); i++) {
            Schema<?> alternative = alternatives.get(i);
            Schema<?> resolved = schemas.resolve(alternative);
            if (SchemaFacts.isNullOnly(alternative) || resolved == null) {
                continue;
            }
            String ref = alternative.get$ref() == null ? null : SchemaFacts.componentName(alternative.get$ref(),
                    "schemas");
            String label = ref != null ? "'" + ref + "'" : prefix + i;
            String same = isUnion(resolved) && !hasDiscriminator(resolved)
                    ? firstSameNames(resolved, prefix + i + "/", byPropertyNames, visiting)
                    : sameAsEarlier(byPropertyNames, propertyNames(alternative,
                            Collections.newSetFromMap(new IdentityHashMap<>())), label);
            if (same != null) {
                return same;
            }
        }
        return null;
    }

    private static @Nullable String sameAsEarlier(Map<Set<String>, String> byPropertyNames, Set<String> names,
            String label) {
        String earlier = byPropertyNames.putIfAbsent(names, label);
        return earlier == null ? null : earlier + " and " + label;
    }

    private static boolean hasDiscriminator(Schema<?> schema) {
        return schema.getDiscriminator() != null && schema.getDiscriminator().getPropertyName() != null;
    }

    /** Whether every alternative that is not {@code null} is a string (of any format, enum or pattern). */
    @SuppressWarnings("rawtypes")
    private boolean allStrings(Schema<?> schema) {
        List<Schema> alternatives = SchemaTranslator.alternatives(schema);
        return !alternatives.isEmpty() && alternatives.stream().allMatch(alternative -> {
            Schema<?> resolved = schemas.resolve(alternative);
            String type = resolved == null ? null : SchemaFacts.type(resolved);
            boolean isNull = "null".equals(type) || resolved != null && Set.of("null").equals(resolved.getTypes());
            return isNull || ("string".equals(type) && SchemaTranslator.alternatives(resolved).isEmpty()
                    && !"binary".equals(resolved.getFormat()));
        });
    }

    /** The names of an object's properties, its own and those of its {@code allOf} parts; {@code seen} by identity. */
    private Set<String> propertyNames(Schema<?> schema, Set<Schema<?>> seen) {
        Schema<?> resolved = schemas.resolve(schema);
        Set<String> names = new TreeSet<>();
        if (resolved == null || !seen.add(resolved)) {
            return names;
        }
        if (resolved.getProperties() != null) {
            names.addAll(resolved.getProperties().keySet());
        }
        if (resolved.getAllOf() != null) {
            resolved.getAllOf().forEach(part -> names.addAll(propertyNames(part, seen)));
        }
        return names;
    }

    @SuppressWarnings("rawtypes")
    UnionType translate(Schema<?> schema, String javaName, String specName, SourceLocation location) {
        String keyword = keyword(schema);
        List<Schema> alternatives = SchemaTranslator.alternatives(schema);
        String discriminator = schema.getDiscriminator() == null ? null : schema.getDiscriminator().getPropertyName();
        Map<String, String> mapping = schema.getDiscriminator() == null || schema.getDiscriminator().getMapping() == null
                ? Map.of()
                : schema.getDiscriminator().getMapping();
        Map<String, UnionType.Variant> variants = new LinkedHashMap<>();
        addVariants(schema, javaName, specName, location, discriminator, mapping, variants, new HashSet<>());
        return new UnionType(javaName, specName, location, SchemaFacts.docs(schema),
                distinctValues(List.copyOf(variants.values())), discriminator, keyword.equals("oneOf"), List.of(), null, null);
    }

    /**
     * Adds the records a union's alternatives stand for. An alternative that is itself a union of objects
     * contributes its variants: Jackson picks a concrete record, so a sealed interface of sealed interfaces
     * would only add a level to {@code switch} over. The inner union is still generated where it is a
     * component, and its records implement both interfaces.
     */
    @SuppressWarnings("rawtypes")
    private void addVariants(Schema<?> union, String javaName, String specName, SourceLocation location,
            @Nullable String discriminator, Map<String, String> mapping, Map<String, UnionType.Variant> into,
            Set<Schema<?>> visiting) {
        if (!visiting.add(union)) {
            return;
        }
        String keyword = keyword(union);
        List<Schema> alternatives = SchemaTranslator.alternatives(union);
        for (int i = 0; i < alternatives.size(); i++) {
            Schema<?> alternative = alternatives.get(i);
            SourceLocation at = location.child(keyword).child(i);
            Schema<?> resolved = schemas.resolve(alternative);
            String component = schemas.componentNameOf(alternative);
            if (resolved != null && component != null && isHierarchyRoot(component, resolved)) {
                // A hierarchy's parent is an interface: its children are the records this union can hold.
                schemas.componentType(component, at);
                for (String child : descendants(component)) {
                    addVariant(new Schema<>().$ref("#/components/schemas/" + child), javaName, specName, at,
                            discriminator, mapping, into);
                }
                continue;
            }
            if (resolved != null && isUnion(resolved)) {
                String inner = schemas.componentNameOf(alternative);
                if (inner != null) {
                    schemas.componentType(inner, at); // generated as a union of its own too
                }
                addVariants(resolved, javaName, specName, inner == null ? at : schemas.componentLocation(inner),
                        discriminator, mapping, into, visiting);
                continue;
            }
            addVariant(alternative, javaName, specName + " option " + (i + 1), at, discriminator, mapping, into);
        }
    }

    private void addVariant(Schema<?> alternative, String javaName, String proposal, SourceLocation at,
            @Nullable String discriminator, Map<String, String> mapping, Map<String, UnionType.Variant> into) {
        TypeRef variantType = schemas.translate(alternative, proposal, at);
        if (variantType instanceof TypeRef.Named named && !into.containsKey(named.javaName())) {
            unionsByRecord.computeIfAbsent(named.javaName(), k -> new TreeSet<>()).add(javaName);
            into.put(named.javaName(), new UnionType.Variant(named.javaName(),
                    discriminator == null ? List.of() : discriminatorValues(alternative, mapping, discriminator)));
        }
    }

    /**
     * Whether a component is the parent of a hierarchy: it names a discriminator, has no {@code oneOf} of its
     * own, and other components extend it through {@code allOf}. Such a parent is generated as a sealed
     * interface that its children implement, so that a value read as the parent is the right child.
     */
    boolean isHierarchyRoot(String component, Schema<?> schema) {
        return schema.getDiscriminator() != null && schema.getDiscriminator().getPropertyName() != null
                && SchemaTranslator.alternatives(schema).isEmpty() && !children().getOrDefault(component, List.of())
                        .isEmpty();
    }

    /**
     * The union a hierarchy's parent becomes: one variant per child, selected by the discriminator's mapping or,
     * for a child the mapping does not name, by the child's component name. A mapping entry that names the
     * parent itself selects no record (the parent is the interface).
     */
    UnionType translateHierarchy(Schema<?> schema, String javaName, String specName, SourceLocation location) {
        Map<String, String> mapping = schema.getDiscriminator().getMapping() == null ? Map.of()
                : schema.getDiscriminator().getMapping();
        List<UnionType.Variant> variants = new ArrayList<>();
        for (String child : descendants(specName)) {
            TypeRef type = schemas.componentType(child, schemas.componentLocation(child));
            if (type instanceof TypeRef.Named named) {
                unionsByRecord.computeIfAbsent(named.javaName(), k -> new TreeSet<>()).add(javaName);
                Schema<?> reference = new Schema<>().$ref("#/components/schemas/" + child);
                variants.add(new UnionType.Variant(named.javaName(),
                        discriminatorValues(reference, mapping, schema.getDiscriminator().getPropertyName())));
            }
        }
        return new UnionType(javaName, specName, location, SchemaFacts.docs(schema), variants,
                schema.getDiscriminator().getPropertyName(), true, List.of(), null, null);
    }

    /**
     * The records a hierarchy's parent stands for: its children, their children, and so on, in order of
     * depth, then name. A descendant that is the parent of a hierarchy of its own is an interface, not a
     * record: its descendants stand for it.
     */
    private List<String> descendants(String parent) {
        Set<String> found = new LinkedHashSet<>();
        java.util.Deque<String> toVisit = new java.util.ArrayDeque<>(children().getOrDefault(parent, List.of()));
        while (!toVisit.isEmpty()) {
            String child = toVisit.poll();
            if (!child.equals(parent) && found.add(child)) {
                toVisit.addAll(children().getOrDefault(child, List.of()));
            }
        }
        return found.stream().filter(child -> {
            Schema<?> schema = schemas.resolve(new Schema<>().$ref("#/components/schemas/" + child));
            return schema != null && !isHierarchyRoot(child, schema);
        }).toList();
    }

    /** For each component, the components that list it in their {@code allOf}, sorted; computed once. */
    @SuppressWarnings("rawtypes")
    private Map<String, List<String>> children() {
        if (children == null) {
            Map<String, Set<String>> found = new TreeMap<>();
            schemas.forEachComponent((name, schema) -> {
                if (schema.getAllOf() == null) {
                    return;
                }
                for (Schema part : schema.getAllOf()) {
                    String parent = schemas.componentNameOf(part);
                    if (parent != null && !parent.equals(name)) {
                        found.computeIfAbsent(parent, k -> new TreeSet<>()).add(name);
                    }
                }
            });
            Map<String, List<String>> lists = new HashMap<>();
            found.forEach((parent, names) -> lists.put(parent, List.copyOf(names)));
            children = lists;
        }
        return children;
    }

    /**
     * The union completed with what needs its variants' records: the properties they all share, and the variant
     * that values ambiguous without a discriminator are read as.
     */
    UnionType complete(UnionType union, Map<String, RecordType> records) {
        List<RecordType> variants = new ArrayList<>();
        for (UnionType.Variant variant : union.variants()) {
            RecordType record = records.get(variant.recordJavaName());
            if (record == null) {
                return union;
            }
            variants.add(record);
        }
        List<Property> common = commonProperties(variants);
        String defaultVariant = null;
        UnionType.Unknown unknown = null;
        if (union.discriminatorProperty() == null) {
            defaultVariant = DefaultVariant.of(variants);
            if (defaultVariant == null) {
                fallbacks.ambiguousUnion(union.location());
            }
        } else {
            unknown = UnknownVariant.of(union.javaName(), union.discriminatorProperty(), variants, common);
        }
        return new UnionType(union.javaName(), union.specName(), union.location(), union.docs(), union.variants(),
                union.discriminatorProperty(), union.exclusive(), common, defaultVariant, unknown);
    }

    /**
     * The properties that all variants share, so that the interface can declare them: {@code animal.name()}
     * without a cast. A property counts when every variant has one with the same Java name, type and
     * nullability, and none marks it deprecated (an accessor of the interface cannot be).
     */
    private static List<Property> commonProperties(List<RecordType> variants) {
        List<Property> common = null;
        for (RecordType record : variants) {
            List<Property> candidates = record.properties().stream().filter(p -> !p.docs().deprecated()).toList();
            common = common == null ? candidates : common.stream().filter(p -> candidates.stream().anyMatch(c ->
                    c.javaName().equals(p.javaName()) && c.type().equals(p.type())
                            && c.mayBeAbsent() == p.mayBeAbsent())).toList();
        }
        return common == null ? List.of() : common;
    }

    /**
     * Each discriminator value selects one record: a value an earlier variant already has (two variants whose
     * property shares one enum) is dropped, and a variant left without any is selected by its Java name.
     */
    private static List<UnionType.Variant> distinctValues(List<UnionType.Variant> variants) {
        Set<String> taken = new HashSet<>();
        List<UnionType.Variant> distinct = new ArrayList<>();
        for (UnionType.Variant variant : variants) {
            List<String> values = variant.discriminatorValues().stream().filter(taken::add).toList();
            if (values.isEmpty() && !variant.discriminatorValues().isEmpty()) {
                values = List.of(variant.recordJavaName());
            }
            distinct.add(new UnionType.Variant(variant.recordJavaName(), values));
        }
        return distinct;
    }

    /** The Java names of the unions a record is a variant of, sorted. */
    List<String> unionsOf(String recordJavaName) {
        Set<String> unions = unionsByRecord.get(recordJavaName);
        return unions == null ? List.of() : List.copyOf(unions);
    }

    /**
     * The discriminator values that select an alternative: its mapping entries; else the values its own
     * discriminator property allows, when it lists them ({@code const: email}, {@code enum: [email]}), since
     * that is what the JSON will carry; else its component name.
     */
    private List<String> discriminatorValues(Schema<?> alternative, Map<String, String> mapping,
            String discriminator) {
        String component = schemas.componentNameOf(alternative);
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(mapping).entrySet()) {
            String target = entry.getValue();
            if (target.equals(alternative.get$ref()) || target.equals(component)) {
                values.add(entry.getKey());
            }
        }
        if (values.isEmpty()) {
            values.addAll(listedValues(alternative, discriminator));
        }
        if (values.isEmpty() && component != null) {
            values.add(component);
        }
        return values;
    }

    /** The string values the alternative's property lists, looking through references and {@code allOf} parts. */
    @SuppressWarnings("rawtypes")
    private List<String> listedValues(Schema<?> alternative, String propertyName) {
        Schema<?> resolved = schemas.resolve(alternative);
        if (resolved == null) {
            return List.of();
        }
        Schema property = resolved.getProperties() == null ? null : resolved.getProperties().get(propertyName);
        if (property != null) {
            Schema<?> target = schemas.resolve(property);
            List<Object> listed = target == null ? null : SchemaFacts.enumValues(target);
            return listed == null ? List.of()
                    : listed.stream().filter(v -> v instanceof String).map(String::valueOf).toList();
        }
        if (resolved.getAllOf() != null) {
            for (Schema part : resolved.getAllOf()) {
                if (part.get$ref() != null) {
                    continue; // a parent's property lists the values of every child, not this one's
                }
                List<String> found = listedValues(part, propertyName);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }
}
