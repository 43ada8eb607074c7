package dev.specgen.core.diff;

import dev.specgen.core.diff.SchemaFact.TypeChange;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.ScalarUnionType.Alternative;
import dev.specgen.core.model.ScalarUnionType.JsonKind;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares two unions of scalars. Alternatives are matched by JSON kind (a union has one per kind): one that
 * exists in one version only is a variant added or removed ({@code *-one-of-added}, {@code *-any-of-removed}…);
 * one in both is compared as the scalar it is: its kind ({@code *-type-generalized} for int32 → int64), its
 * constraints ({@code *-max-set}…) and its listed values ({@code *-enum-value-added}…). All are reported at the
 * union's own place, with the variant record named in the Java impact.
 */
final class ScalarUnionComparer {

    private ScalarUnionComparer() {}

    static void compare(ScalarUnionType older, ScalarUnionType newer, SchemaComparator.Collector out) {
        Map<JsonKind, Alternative> before = byKind(older);
        Map<JsonKind, Alternative> after = byKind(newer);
        for (Map.Entry<JsonKind, Alternative> entry : before.entrySet()) {
            Alternative newAlternative = after.get(entry.getKey());
            if (newAlternative == null) {
                out.fact("", false, Visibility.BOTH, older.javaName(), new SchemaFact.VariantChanged(older.javaName(),
                        variantName(older, entry.getValue()), older.exclusive(), false));
            } else {
                compareAlternatives(entry.getValue(), newAlternative, variantName(newer, newAlternative), out);
            }
        }
        for (Map.Entry<JsonKind, Alternative> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                out.fact("", false, Visibility.BOTH, newer.javaName(), new SchemaFact.VariantChanged(newer.javaName(),
                        variantName(newer, entry.getValue()), newer.exclusive(), true));
            }
        }
    }

    private static void compareAlternatives(Alternative older, Alternative newer, String owner,
            SchemaComparator.Collector out) {
        TypeChange change = TypeChanges.ofScalars(older.kind(), older.constraints().format(), newer.kind(),
                newer.constraints().format());
        if (change != null) {
            out.fact("", false, Visibility.BOTH, owner, new SchemaFact.TypeChanged(change,
                    TypeNames.scalar(older.kind(), older.constraints()), TypeNames.scalar(newer.kind(),
                    newer.constraints()), TypeNames.javaValue(older.valueKind()),
                    TypeNames.javaValue(newer.valueKind())));
        }
        if (change != TypeChange.CHANGED) {
            ConstraintComparer.compare(older.constraints(), newer.constraints(),
                    fact -> out.fact("", false, Visibility.BOTH, owner, fact));
        }
        Set<String> oldValues = new HashSet<>(older.listedValues());
        Set<String> newValues = new HashSet<>(newer.listedValues());
        if (oldValues.isEmpty() || newValues.isEmpty()) {
            // Listing values, or no longer listing any, is a narrowing or a widening of the alternative's type.
            if (oldValues.isEmpty() != newValues.isEmpty()) {
                boolean nowListed = !newValues.isEmpty();
                out.fact("", false, Visibility.BOTH, owner, new SchemaFact.TypeChanged(
                        nowListed ? TypeChange.BECAME_ENUM : TypeChange.GENERALIZED, describe(older),
                        describe(newer), TypeNames.javaValue(older.valueKind()),
                        TypeNames.javaValue(newer.valueKind())));
            }
            return;
        }
        for (String value : older.listedValues()) {
            if (!newValues.contains(value)) {
                out.fact("", false, Visibility.BOTH, owner, new SchemaFact.ListedValueChanged(owner, value, false));
            }
        }
        for (String value : newer.listedValues()) {
            if (!oldValues.contains(value)) {
                out.fact("", false, Visibility.BOTH, owner, new SchemaFact.ListedValueChanged(owner, value, true));
            }
        }
    }

    /** The constraints to compare at one place, when there are any to compare. */
    record PlaceConstraints(Constraints older, Constraints newer) {}

    /**
     * What to compare at a place where a union of scalars is, was or stays: nothing when both versions are unions
     * of scalars (their alternatives carry the union's own constraints, and are compared as a pair); the scalar's
     * constraints against those of the alternative of its kind where a scalar became a union or the reverse (an
     * {@code integer} with {@code maximum: 10} that became {@code oneOf: [{type: integer, maximum: 10}, {type:
     * string}]} keeps its limit); the place's own constraints everywhere else.
     */
    static @Nullable PlaceConstraints placeConstraints(TypeRef older, Constraints oldConstraints, TypeIndex oldTypes,
            TypeRef newer, Constraints newConstraints, TypeIndex newTypes) {
        ScalarUnionType oldUnion = scalarUnion(older, oldTypes);
        ScalarUnionType newUnion = scalarUnion(newer, newTypes);
        if (oldUnion != null && newUnion != null) {
            return null;
        }
        Constraints before = oldUnion == null ? oldConstraints : alternativeConstraints(oldUnion, newer, newTypes,
                oldConstraints);
        Constraints after = newUnion == null ? newConstraints : alternativeConstraints(newUnion, older, oldTypes,
                newConstraints);
        return new PlaceConstraints(before, after);
    }

    private static @Nullable ScalarUnionType scalarUnion(TypeRef type, TypeIndex types) {
        return type instanceof TypeRef.Named named && types.get(named.javaName()) instanceof ScalarUnionType union
                ? union : null;
    }

    /** The constraints of the union's alternative of the other side's kind, else the union's own. */
    private static Constraints alternativeConstraints(ScalarUnionType union, TypeRef other, TypeIndex otherTypes,
            Constraints unionConstraints) {
        ScalarKind kind = other instanceof TypeRef.Scalar scalar ? scalar.kind()
                : other instanceof TypeRef.Named named && otherTypes.get(named.javaName()) instanceof EnumType values
                        ? values.valueKind() : null;
        if (kind != null) {
            for (Alternative alternative : union.alternatives()) {
                if (alternative.jsonKind() == JsonKind.of(kind)) {
                    return alternative.constraints();
                }
            }
        }
        return unionConstraints;
    }

    private static String describe(Alternative alternative) {
        String type = TypeNames.scalar(alternative.kind(), alternative.constraints());
        return alternative.listedValues().isEmpty() ? type : "enum of " + type + " values";
    }

    private static Map<JsonKind, Alternative> byKind(ScalarUnionType union) {
        Map<JsonKind, Alternative> alternatives = new EnumMap<>(JsonKind.class);
        union.alternatives().forEach(a -> alternatives.put(a.jsonKind(), a));
        return alternatives;
    }

    /** {@code SortKey.OfInteger}: the record, as the generated code names it. */
    private static String variantName(ScalarUnionType union, Alternative alternative) {
        return union.javaName() + "." + alternative.javaName();
    }
}
