package dev.specgen.core.diff;

import dev.specgen.core.diff.SchemaFact.TypeChange;
import dev.specgen.core.diff.TypeDelta.Edge;
import dev.specgen.core.diff.TypeDelta.Located;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.UnionType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares schemas. A place (a parameter, a body, a header) is compared where it is used; the named types
 * it refers to are compared as pairs, each pair once however many places refer to it, and without
 * recursion, so that recursive types end: a pair refers to other pairs by {@link Edge}s, not by nesting.
 */
final class SchemaComparator {

    private final TypeIndex oldTypes;
    private final TypeIndex newTypes;
    private final Map<TypePair, TypeDelta> deltas = new HashMap<>();
    private final ArrayDeque<TypePair> pending = new ArrayDeque<>();

    SchemaComparator(TypeIndex oldTypes, TypeIndex newTypes) {
        this.oldTypes = oldTypes;
        this.newTypes = newTypes;
    }

    /**
     * Compares the schemas of one place, naming it {@code javaOwner} in Java impacts; the pairs of named
     * types it refers to are compared by {@link #compareReferencedTypes}.
     */
    TypeDelta comparePlace(TypeRef older, Constraints oldConstraints, TypeRef newer, Constraints newConstraints,
            String javaOwner) {
        Collector out = new Collector();
        position(older, oldConstraints, newer, newConstraints, "", false, Visibility.BOTH, javaOwner, out);
        return out.build();
    }

    /** Compares every pair of named types the compared places refer to, directly or through other pairs. */
    void compareReferencedTypes() {
        while (!pending.isEmpty()) {
            TypePair pair = pending.poll();
            deltas.put(pair, comparePair(pair));
        }
    }

    TypeDelta delta(TypePair pair) {
        return deltas.getOrDefault(pair, TypeDelta.NONE);
    }

    /** The pairs that differ, themselves or through a pair they refer to: only those are worth visiting. */
    Set<TypePair> pairsWithChanges() {
        Map<TypePair, List<TypePair>> referrers = new HashMap<>();
        ArrayDeque<TypePair> queue = new ArrayDeque<>();
        for (Map.Entry<TypePair, TypeDelta> entry : deltas.entrySet()) {
            for (Edge edge : entry.getValue().edges()) {
                referrers.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(entry.getKey());
            }
            if (!entry.getValue().facts().isEmpty()) {
                queue.add(entry.getKey());
            }
        }
        Set<TypePair> changed = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            for (TypePair referrer : referrers.getOrDefault(queue.poll(), List.of())) {
                if (changed.add(referrer)) {
                    queue.add(referrer);
                }
            }
        }
        return changed;
    }

    private void position(TypeRef rawOld, Constraints oldConstraints, TypeRef rawNew, Constraints newConstraints,
            String path, boolean underProperty, Visibility visibility, String owner, Collector out) {
        TypeRef older = oldTypes.normalize(rawOld);
        TypeRef newer = newTypes.normalize(rawNew);
        TypeChange change = TypeChanges.between(older, oldConstraints, oldTypes, newer, newConstraints, newTypes);
        if (change == null) {
            switch (TypeChanges.shape(older, oldTypes)) {
                case RECORD, ENUM, UNION, SCALAR_UNION -> out.edge(path, underProperty, visibility,
                        refer(((TypeRef.Named) older).javaName(), ((TypeRef.Named) newer).javaName()));
                case LIST -> {
                    TypeRef.ListOf oldList = (TypeRef.ListOf) older;
                    TypeRef.ListOf newList = (TypeRef.ListOf) newer;
                    position(oldList.items(), oldList.itemConstraints(), newList.items(), newList.itemConstraints(),
                            path + JsonPaths.ITEMS, underProperty, visibility, owner + " elements", out);
                }
                case MAP -> {
                    TypeRef.MapOf oldMap = (TypeRef.MapOf) older;
                    TypeRef.MapOf newMap = (TypeRef.MapOf) newer;
                    position(oldMap.values(), oldMap.valueConstraints(), newMap.values(), newMap.valueConstraints(),
                            path + JsonPaths.VALUES, underProperty, visibility, owner + " values", out);
                }
                default -> {
                    // Scalars of one type, free-form objects and plain JSON values have no members.
                }
            }
        }
        if (change != null) {
            out.fact(path, underProperty, visibility, owner, new SchemaFact.TypeChanged(change,
                    TypeNames.spec(older, oldConstraints, oldTypes), TypeNames.spec(newer, newConstraints, newTypes),
                    TypeNames.java(older), TypeNames.java(newer)));
        }
        if (change != TypeChange.CHANGED) {
            // Once the type is another one, its old constraints say nothing about the new values. A union of scalars
            // holds its constraints in its alternatives, which are compared with what they replace or replaced.
            ScalarUnionComparer.PlaceConstraints compared = ScalarUnionComparer.placeConstraints(older,
                    oldConstraints, oldTypes, newer, newConstraints, newTypes);
            if (compared != null) {
                ConstraintComparer.compare(compared.older(), compared.newer(),
                        fact -> out.fact(path, underProperty, visibility, owner, fact));
            }
        }
    }

    private TypePair refer(String oldName, String newName) {
        TypePair pair = new TypePair(oldName, newName);
        if (!deltas.containsKey(pair)) {
            deltas.put(pair, TypeDelta.NONE); // claimed, so that it is queued once
            pending.add(pair);
        }
        return pair;
    }

    private TypeDelta comparePair(TypePair pair) {
        TypeDef older = Objects.requireNonNull(oldTypes.get(pair.oldName()));
        TypeDef newer = Objects.requireNonNull(newTypes.get(pair.newName()));
        Collector out = new Collector();
        if (older instanceof RecordType oldRecord && newer instanceof RecordType newRecord) {
            compareRecords(oldRecord, newRecord, out);
        } else if (older instanceof EnumType oldEnum && newer instanceof EnumType newEnum) {
            compareEnums(oldEnum, newEnum, out);
        } else if (older instanceof UnionType oldUnion && newer instanceof UnionType newUnion) {
            compareUnions(oldUnion, newUnion, out);
        } else if (older instanceof ScalarUnionType oldUnion && newer instanceof ScalarUnionType newUnion) {
            ScalarUnionComparer.compare(oldUnion, newUnion, out);
        }
        return out.build();
    }

    private void compareRecords(RecordType older, RecordType newer, Collector out) {
        Map<String, Property> newByName = new LinkedHashMap<>();
        newer.properties().forEach(p -> newByName.put(p.jsonName(), p));
        Set<String> oldNames = new HashSet<>();
        for (Property oldProperty : older.properties()) {
            oldNames.add(oldProperty.jsonName());
            String path = JsonPaths.member(oldProperty.jsonName());
            Property newProperty = newByName.get(oldProperty.jsonName());
            if (newProperty == null) {
                out.fact(path, true, Visibility.of(oldProperty), older.javaName(),
                        new SchemaFact.PropertyRemoved(older.javaName(), oldProperty));
                continue;
            }
            Visibility visibility = Visibility.of(oldProperty, newProperty);
            String owner = newer.javaName() + "." + newProperty.javaName();
            if (flagsDiffer(oldProperty, newProperty)) {
                out.fact(path, true, visibility, owner,
                        new SchemaFact.PropertyChanged(newer.javaName(), oldProperty, newProperty));
            }
            position(oldProperty.type(), oldProperty.constraints(), newProperty.type(), newProperty.constraints(),
                    path, true, visibility, owner, out);
        }
        for (Property newProperty : newer.properties()) {
            if (!oldNames.contains(newProperty.jsonName())) {
                out.fact(JsonPaths.member(newProperty.jsonName()), true, Visibility.of(newProperty),
                        newer.javaName(), new SchemaFact.PropertyAdded(newer.javaName(), newProperty));
            }
        }
    }

    private void compareEnums(EnumType older, EnumType newer, Collector out) {
        if (older.valueKind() != newer.valueKind()) {
            out.fact("", false, Visibility.BOTH, newer.javaName(), new SchemaFact.TypeChanged(TypeChange.CHANGED,
                    "enum of " + older.valueKind().name().toLowerCase(java.util.Locale.ROOT) + " values",
                    "enum of " + newer.valueKind().name().toLowerCase(java.util.Locale.ROOT) + " values",
                    older.javaName(), newer.javaName()));
            return;
        }
        Set<String> newValues = new HashSet<>();
        newer.constants().forEach(c -> newValues.add(c.value()));
        Set<String> oldValues = new HashSet<>();
        for (EnumType.EnumConstant constant : older.constants()) {
            oldValues.add(constant.value());
            if (!newValues.contains(constant.value())) {
                out.fact("", false, Visibility.BOTH, older.javaName(),
                        new SchemaFact.EnumValueRemoved(older.javaName(), constant));
            }
        }
        for (EnumType.EnumConstant constant : newer.constants()) {
            if (!oldValues.contains(constant.value())) {
                out.fact("", false, Visibility.BOTH, newer.javaName(),
                        new SchemaFact.EnumValueAdded(newer.javaName(), constant));
            }
        }
    }

    private void compareUnions(UnionType older, UnionType newer, Collector out) {
        for (String variant : UnionComparer.compare(older, newer, out)) {
            // A union's value is one of its variants, at the same place: the variant's members are not
            // under a property of the union.
            out.edge("", false, Visibility.BOTH, refer(variant, variant));
        }
    }

    /** Whether anything about a property other than its type differs; rules then report what. */
    private static boolean flagsDiffer(Property older, Property newer) {
        return older.required() != newer.required()
                || older.nullable() != newer.nullable()
                || older.readOnly() != newer.readOnly()
                || older.writeOnly() != newer.writeOnly()
                || older.docs().deprecated() != newer.docs().deprecated()
                || !Objects.equals(older.defaultValue(), newer.defaultValue());
    }

    /** Collects the facts and edges of one delta, allocating nothing when there are none. */
    static final class Collector {
        private List<Located> facts = List.of();
        private List<Edge> edges = List.of();

        void fact(String path, boolean underProperty, Visibility visibility, String owner, SchemaFact fact) {
            if (facts.isEmpty()) {
                facts = new ArrayList<>();
            }
            facts.add(new Located(path, underProperty, visibility, owner, fact));
        }

        void edge(String path, boolean underProperty, Visibility visibility, TypePair target) {
            if (edges.isEmpty()) {
                edges = new ArrayList<>();
            }
            edges.add(new Edge(path, underProperty, visibility, target));
        }

        TypeDelta build() {
            return facts.isEmpty() && edges.isEmpty() ? TypeDelta.NONE : new TypeDelta(facts, edges);
        }
    }
}
