package dev.specgen.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value that is one of several object types ({@code oneOf}/{@code anyOf}), generated as a sealed
 * interface that the variant records implement.
 *
 * @param discriminatorProperty the JSON property that names the variant, or {@code null} when the
 *     variant is told apart by its properties
 * @param exclusive {@code true} for {@code oneOf} (exactly one must match), {@code false} for {@code anyOf}
 * @param commonProperties the properties every variant has, with the same Java name and type and not
 *     deprecated, sorted by Java name: the interface declares their accessors, which the records implement
 */
public record UnionType(
        String javaName,
        String specName,
        SourceLocation location,
        Docs docs,
        List<Variant> variants,
        @Nullable String discriminatorProperty,
        boolean exclusive,
        List<Property> commonProperties) implements TypeDef {

    public UnionType {
        variants = List.copyOf(variants);
        commonProperties = List.copyOf(commonProperties);
    }

    /**
     * One variant: a record type, and the discriminator values that select it.
     *
     * @param recordJavaName the variant record's Java name
     * @param discriminatorValues the discriminator values mapped to it (empty without a discriminator)
     */
    public record Variant(String recordJavaName, List<String> discriminatorValues) {
        public Variant {
            discriminatorValues = List.copyOf(discriminatorValues);
        }
    }
}
