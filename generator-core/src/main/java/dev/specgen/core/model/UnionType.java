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
 * @param defaultVariant without a discriminator, the record a value is read as when its property names alone
 *     fit several variants (or none): the one with the fewest properties among those that hold every property
 *     two variants share, so that such a value always fits it; {@code null} with a discriminator, or when no
 *     variant holds every shared property
 * @param unknown with a discriminator, the record nested in the interface that a value is read as when its
 *     discriminator names no variant (a shape the service added after the spec was written): the union is open, as
 *     enums are, so such a value never fails to read; {@code null} without a discriminator
 */
public record UnionType(
        String javaName,
        String specName,
        SourceLocation location,
        Docs docs,
        List<Variant> variants,
        @Nullable String discriminatorProperty,
        boolean exclusive,
        List<Property> commonProperties,
        @Nullable String defaultVariant,
        @Nullable Unknown unknown) implements TypeDef {

    public UnionType {
        variants = List.copyOf(variants);
        commonProperties = List.copyOf(commonProperties);
    }

    /**
     * The record, nested in the union's interface, that holds a value whose discriminator names no variant: the
     * discriminator as text, the properties every variant shares ({@link #commonProperties()}), and every other
     * member of the JSON object, so that the value reads, and writes back, whole.
     *
     * @param javaName its simple name, nested in the interface ({@code Unknown}, unless the union has that name)
     * @param discriminatorJavaName its component holding the discriminator, unless a common property does
     * @param membersJavaName its component holding the other members
     */
    public record Unknown(String javaName, @Nullable String discriminatorJavaName, String membersJavaName) {}

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
