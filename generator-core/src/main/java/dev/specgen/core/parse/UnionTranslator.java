package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.Diagnostics;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.UnionType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
     * Whether the schema is a {@code oneOf}/{@code anyOf} of several alternatives that are not all
     * objects with properties (a string or a number among them, say): Java has no sealed interface
     * for that, so such a value is kept as plain JSON.
     */
    @SuppressWarnings("rawtypes")
    boolean isUnionOfNonObjects(Schema<?> schema) {
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

    /** The plain JSON value a union of non-objects becomes, with a warning at its location. */
    TypeRef fallback(Schema<?> schema, SourceLocation location) {
        diagnostics.add(Diagnostic.warning(
                "union-fallback",
                keyword(schema) + " with alternatives that are not all objects is read as a plain JSON value",
                location,
                "the generated type is Object; give each alternative properties to get a sealed interface"));
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
