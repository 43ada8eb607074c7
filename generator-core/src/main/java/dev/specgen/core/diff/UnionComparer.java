package dev.specgen.core.diff;

import dev.specgen.core.model.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Compares two unions: their variants and their discriminators. */
final class UnionComparer {

    private UnionComparer() {}

    /**
     * Collects the union's own differences and returns the variants both versions have, whose members the
     * caller compares.
     */
    static List<String> compare(UnionType older, UnionType newer, SchemaComparator.Collector out) {
        Set<String> oldVariants = variants(older);
        Set<String> newVariants = variants(newer);
        List<String> common = new ArrayList<>();
        for (String variant : oldVariants) {
            if (newVariants.contains(variant)) {
                common.add(variant);
            } else {
                out.fact("", false, Visibility.BOTH, older.javaName(),
                        new SchemaFact.VariantChanged(older.javaName(), variant, older.exclusive(), false));
            }
        }
        for (String variant : newVariants) {
            if (!oldVariants.contains(variant)) {
                out.fact("", false, Visibility.BOTH, newer.javaName(),
                        new SchemaFact.VariantChanged(newer.javaName(), variant, newer.exclusive(), true));
            }
        }
        String oldProperty = older.discriminatorProperty();
        String newProperty = newer.discriminatorProperty();
        if (!Objects.equals(oldProperty, newProperty)) {
            out.fact("", false, Visibility.BOTH, newer.javaName(),
                    new SchemaFact.DiscriminatorChanged(newer.javaName(), oldProperty, newProperty));
        } else if (newProperty != null) {
            compareMappings(older, newer, out);
        }
        return common;
    }

    private static void compareMappings(UnionType older, UnionType newer, SchemaComparator.Collector out) {
        Map<String, String> before = mapping(older);
        Map<String, String> after = mapping(newer);
        Set<String> values = new TreeSet<>(before.keySet());
        values.addAll(after.keySet());
        for (String value : values) {
            @Nullable String oldRecord = before.get(value);
            @Nullable String newRecord = after.get(value);
            if (!Objects.equals(oldRecord, newRecord)) {
                out.fact("", false, Visibility.BOTH, newer.javaName(),
                        new SchemaFact.DiscriminatorMappingChanged(newer.javaName(), value, oldRecord, newRecord));
            }
        }
    }

    private static Set<String> variants(UnionType union) {
        Set<String> names = new TreeSet<>();
        union.variants().forEach(v -> names.add(v.recordJavaName()));
        return names;
    }

    /** Discriminator value → variant record. */
    private static Map<String, String> mapping(UnionType union) {
        Map<String, String> mapping = new TreeMap<>();
        for (UnionType.Variant variant : union.variants()) {
            variant.discriminatorValues().forEach(value -> mapping.put(value, variant.recordJavaName()));
        }
        return mapping;
    }
}
