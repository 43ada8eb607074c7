package dev.specgen.core.parse;

import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the variant that a union without a discriminator reads a value as when the value's property names do
 * not settle it. Jackson tells such variants apart by the names present ({@code JsonTypeInfo.Id.DEDUCTION}): it
 * drops every variant that lacks a name the value has, and fails unless exactly one is left. A value with only
 * properties that two variants share is left with both (Stripe's {@code payment_method_options.alipay}, whose
 * smaller alternative's properties are all among the larger one's; every {@code {}}), and a value with properties
 * of two variants that share none with each other is left with none. Jackson reads such values as the
 * {@code defaultImpl}, which this class picks.
 *
 * <p>The pick must fit every value left with several variants: such a value's names are all in two variants, so
 * they are among the names those two share. A variant holding every name that any two variants share therefore
 * holds all of such a value's names, and reading the value as it loses nothing. Of those variants, the one with the
 * fewest properties is taken (the first in the spec's order on a tie): a value that fits a smaller variant exactly
 * is read as that one, rather than as a larger one with properties missing.
 */
final class DefaultVariant {

    private DefaultVariant() {}

    /** The Java name of the variant to read ambiguous values as, or {@code null} when none holds every shared name. */
    static @Nullable String of(List<RecordType> variants) {
        Set<String> shared = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            Set<String> names = jsonNames(variants.get(i));
            for (int j = i + 1; j < variants.size(); j++) {
                Set<String> both = new HashSet<>(names);
                both.retainAll(jsonNames(variants.get(j)));
                shared.addAll(both);
            }
        }
        RecordType best = null;
        for (RecordType variant : variants) {
            if (jsonNames(variant).containsAll(shared)
                    && (best == null || variant.properties().size() < best.properties().size())) {
                best = variant;
            }
        }
        return best == null ? null : best.javaName();
    }

    private static Set<String> jsonNames(RecordType record) {
        Set<String> names = new HashSet<>();
        for (Property property : record.properties()) {
            names.add(property.jsonName());
        }
        return names;
    }
}
