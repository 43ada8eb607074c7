package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.Diagnostics;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.UnionType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link UnionType} from a {@code oneOf}/{@code anyOf} of objects, and decides when a union cannot be
 * one: alternatives that are not all objects with properties are kept as a plain JSON value instead.
 */
final class UnionTranslator {

    private final SchemaTranslator schemas;
    private final Diagnostics diagnostics;
    private final Map<String, Set<String>> unionsByRecord = new HashMap<>();

    UnionTranslator(SchemaTranslator schemas, Diagnostics diagnostics) {
        this.schemas = schemas;
        this.diagnostics = diagnostics;
    }

    /** {@code oneOf} or {@code anyOf}, whichever the schema uses. */
    static String keyword(Schema<?> schema) {
        return schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
    }

    /**
     * Whether a {@code oneOf}/{@code anyOf} is kept as a plain JSON value rather than a sealed interface: when its
     * alternatives are not all objects with properties (a string or a number among them, say), or when, without a
     * discriminator, two of them have the same property names. Jackson tells the alternatives of a union without a
     * discriminator apart by the names of the properties present ({@code JsonTypeInfo.Id.DEDUCTION}), and refuses
     * to build a reader at all for a type that has two alternatives it cannot tell apart, so every type that
     * contains such a union would be unreadable (Stripe has a few:
     * {@code anyOf: [setup_intent_payment_method_options_us_bank_account, setup_intent_type_specific_payment_method_options_client]}).
     */
    boolean isKeptAsJson(Schema<?> schema) {
        return isUnionOfNonObjects(schema) || indistinguishableAlternatives(schema) != null;
    }

    @SuppressWarnings("rawtypes")
    private boolean isUnionOfNonObjects(Schema<?> schema) {
        List<Schema> alternatives = SchemaTranslator.alternatives(schema);
        if (alternatives.stream().filter(a -> !"null".equals(SchemaFacts.type(a))).count() < 2) {
            return false;
        }
        return !alternatives.stream().allMatch(a -> {
            Schema<?> resolved = schemas.resolve(a);
            return resolved != null && SchemaTranslator.alternatives(resolved).isEmpty()
                    && SchemaTranslator.needsOwnType(resolved)
                    && (resolved.getEnum() == null || resolved.getEnum().isEmpty());
        });
    }

    /**
     * The positions of the first two alternatives with the same property names, as {@code "i and j"}, in a union
     * of objects without a discriminator; {@code null} when there are none.
     */
    @SuppressWarnings("rawtypes")
    private @Nullable String indistinguishableAlternatives(Schema<?> schema) {
        if (schema.getDiscriminator() != null && schema.getDiscriminator().getPropertyName() != null) {
            return null;
        }
        List<Schema> alternatives = SchemaTranslator.alternatives(schema);
        Map<Set<String>, Integer> byPropertyNames = new HashMap<>();
        for (int i = 0; i < alternatives.size(); i++) {
            if ("null".equals(SchemaFacts.type(alternatives.get(i)))) {
                continue;
            }
            Integer earlier = byPropertyNames.putIfAbsent(propertyNames(alternatives.get(i),
                    Collections.newSetFromMap(new IdentityHashMap<>())), i);
            if (earlier != null) {
                return earlier + " and " + i;
            }
        }
        return null;
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

    /**
     * The type a union that cannot be a sealed interface becomes: a string when every alternative is one (GitHub's
     * {@code oneOf: [{type: string, enum: [...]}, {type: string}]}, Stripe's {@code anyOf: [{type: string},
     * {type: string, enum: [""]}]}: whichever alternative a value is, it is a string, so nothing is lost), else a
     * plain JSON value, with a warning at its location.
     */
    TypeRef fallback(Schema<?> schema, SourceLocation location) {
        if (allStrings(schema)) {
            return new TypeRef.Scalar(ScalarKind.STRING);
        }
        String same = isUnionOfNonObjects(schema) ? null : indistinguishableAlternatives(schema);
        diagnostics.add(same == null
                ? Diagnostic.warning("union-fallback",
                        keyword(schema) + " with alternatives that are not all objects is read as a plain JSON value",
                        location,
                        "the generated type is Object; give each alternative properties to get a sealed interface")
                : Diagnostic.warning("union-fallback",
                        keyword(schema) + " alternatives " + same + " have the same property names, so a value"
                                + " cannot tell which it is; it is read as a plain JSON value",
                        location,
                        "the generated type is Object; add a discriminator, or give the alternatives"
                                + " properties that tell them apart"));
        return new TypeRef.AnyValue();
    }

    @SuppressWarnings("rawtypes")
    UnionType translate(Schema<?> schema, String javaName, String specName, SourceLocation location) {
        String keyword = keyword(schema);
        List<Schema> alternatives = SchemaTranslator.alternatives(schema);
        String discriminator = schema.getDiscriminator() == null ? null : schema.getDiscriminator().getPropertyName();
        Map<String, String> mapping = schema.getDiscriminator() == null || schema.getDiscriminator().getMapping() == null
                ? Map.of()
                : schema.getDiscriminator().getMapping();
        List<UnionType.Variant> variants = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            Schema<?> alternative = alternatives.get(i);
            TypeRef variantType = schemas.translate(alternative, specName + " option " + (i + 1),
                    location.child(keyword).child(i));
            if (!(variantType instanceof TypeRef.Named named)) {
                continue;
            }
            unionsByRecord.computeIfAbsent(named.javaName(), k -> new TreeSet<>()).add(javaName);
            variants.add(new UnionType.Variant(named.javaName(),
                    discriminator == null ? List.of() : discriminatorValues(alternative, mapping)));
        }
        return new UnionType(javaName, specName, location, SchemaFacts.docs(schema), variants, discriminator,
                keyword.equals("oneOf"));
    }

    /** The Java names of the unions a record is a variant of, sorted. */
    List<String> unionsOf(String recordJavaName) {
        Set<String> unions = unionsByRecord.get(recordJavaName);
        return unions == null ? List.of() : List.copyOf(unions);
    }

    /** The discriminator values that select an alternative: its mapping entries, else its component name. */
    private List<String> discriminatorValues(Schema<?> alternative, Map<String, String> mapping) {
        String component = schemas.componentNameOf(alternative);
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(mapping).entrySet()) {
            String target = entry.getValue();
            if (target.equals(alternative.get$ref()) || target.equals(component)) {
                values.add(entry.getKey());
            }
        }
        if (values.isEmpty() && component != null) {
            values.add(component);
        }
        return values;
    }
}
