package dev.specgen.core.parse;

import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.Docs;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.ScalarUnionType.JsonKind;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.naming.JavaNames;
import dev.specgen.core.naming.NameScope;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ScalarUnionType} from a {@code oneOf}/{@code anyOf} whose alternatives (other than {@code null})
 * are all scalars, each of a different JSON kind: GitHub's {@code oneOf: [{type: integer}, {type: string}]} for ids
 * and sort keys. A value's JSON kind then says which alternative it is, so the union has a faithful Java form.
 * Two alternatives of one kind (two integer ranges) could only be told apart by their constraints, and an object or
 * array alternative needs another form altogether: those stay plain JSON values ({@link UnionTranslator}).
 */
final class ScalarUnionTranslator {

    private final SchemaTranslator schemas;
    private final EnumTranslator enums;

    ScalarUnionTranslator(SchemaTranslator schemas, EnumTranslator enums) {
        this.schemas = schemas;
        this.enums = enums;
    }

    /** An alternative found to be a scalar: its schema (references followed), kind and where it is written. */
    private record Candidate(Schema<?> schema, ScalarKind kind, SourceLocation location) {}

    /** Whether the union's alternatives are scalars of different JSON kinds (at least two). */
    boolean isScalarUnion(Schema<?> union) {
        return candidates(union, null) != null;
    }

    /**
     * The scalar alternatives in spec order, or {@code null} when the union is not one of scalars of different
     * kinds. {@code location} is where the union is; {@code null} when only the answer matters.
     */
    @SuppressWarnings("rawtypes")
    private @Nullable List<Candidate> candidates(Schema<?> union, @Nullable SourceLocation location) {
        String keyword = UnionTranslator.keyword(union);
        List<Schema> alternatives = SchemaTranslator.alternatives(union);
        List<Candidate> found = new ArrayList<>();
        Set<JsonKind> kinds = EnumSet.noneOf(JsonKind.class);
        for (int i = 0; i < alternatives.size(); i++) {
            Schema<?> alternative = alternatives.get(i);
            if (SchemaFacts.isNullOnly(alternative)) {
                continue; // null makes the union nullable, not an alternative
            }
            Schema<?> resolved = schemas.resolve(alternative);
            ScalarKind kind = resolved == null ? null : scalarKind(resolved);
            if (kind == null || !kinds.add(JsonKind.of(kind))) {
                return null;
            }
            String component = schemas.componentNameOf(alternative);
            SourceLocation at = location == null ? null
                    : component != null ? schemas.componentLocation(component) : location.child(keyword).child(i);
            found.add(new Candidate(resolved, kind, at));
        }
        return found.size() > 1 ? found : null;
    }

    /**
     * The kind of a scalar schema, as a property of that schema would get it; {@code null} for anything else: an
     * object, an array, a union, an {@code allOf}, a schema without one {@code type}, and {@code binary} strings
     * (bytes, which a JSON value is not).
     */
    private @Nullable ScalarKind scalarKind(Schema<?> schema) {
        if (!SchemaTranslator.alternatives(schema).isEmpty() || schema.getAllOf() != null
                || schema.getProperties() != null || SchemaFacts.hasSeveralTypes(schema)) {
            return null;
        }
        String type = SchemaFacts.type(schema);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "string" -> {
                ScalarKind kind = ScalarKinds.ofString(schema);
                yield kind == ScalarKind.BINARY ? null : kind;
            }
            case "integer" -> ScalarKinds.ofInteger(schema);
            case "number" -> ScalarKinds.ofNumber(schema.getFormat());
            case "boolean" -> ScalarKind.BOOLEAN;
            default -> null;
        };
    }

    /**
     * The union's type. The first run, which only proposes type names, gets a placeholder: a union of scalars
     * defines no other type, and its variant names depend on its own allocated name.
     */
    ScalarUnionType translate(Schema<?> union, String javaName, String specName, SourceLocation location) {
        boolean exclusive = UnionTranslator.keyword(union).equals("oneOf");
        Docs docs = SchemaFacts.docs(union);
        List<Candidate> candidates = schemas.namesAllocated() ? candidates(union, location) : null;
        if (candidates == null) {
            return new ScalarUnionType(javaName, specName, location, docs, exclusive, List.of());
        }
        candidates.sort(Comparator.comparing(c -> JsonKind.of(c.kind())));
        Map<String, NameScope.Allocation> names = variantNames(candidates, javaName);
        Constraints outer = SchemaFacts.constraints(union);
        List<ScalarUnionType.Alternative> alternatives = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<Object> listed = SchemaFacts.hasEnumValues(candidate.schema())
                    ? enums.listedValues(candidate.schema(), candidate.location()) : List.of();
            ScalarKind kind = listsBeyondLong(candidate.kind(), listed) ? ScalarKind.BIG_INTEGER : candidate.kind();
            alternatives.add(new ScalarUnionType.Alternative(
                    names.get(variantProposal(candidate)).javaName(),
                    kind,
                    withOuter(SchemaFacts.constraints(candidate.schema()), outer),
                    listedTexts(listed, JsonKind.of(kind)),
                    SchemaFacts.docs(candidate.schema()),
                    candidate.location()));
        }
        return new ScalarUnionType(javaName, specName, location, docs, exclusive, alternatives);
    }

    /** Whether an integer alternative lists a value that a {@code long} cannot hold, and so needs a BigInteger. */
    private static boolean listsBeyondLong(ScalarKind kind, List<Object> listed) {
        return (kind == ScalarKind.INT32 || kind == ScalarKind.INT64) && listed.stream().anyMatch(value ->
                value instanceof Number && new BigDecimal(value.toString()).toBigInteger().bitLength() > 63);
    }

    /**
     * {@code OfInteger}, {@code OfString}…, allocated in the union's own scope, where the union's name is taken: a
     * nested type cannot be named like the type that encloses it (a union called {@code OfString} gets
     * {@code OfStringValue}).
     */
    private static Map<String, NameScope.Allocation> variantNames(List<Candidate> candidates, String unionName) {
        List<String> proposals = candidates.stream().map(ScalarUnionTranslator::variantProposal).toList();
        return new NameScope(JavaNames.Style.TYPE, Set.of(unionName), "Value").allocate(proposals);
    }

    private static String variantProposal(Candidate candidate) {
        String kind = JsonKind.of(candidate.kind()).name();
        return "Of" + kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The listed values as JSON text, as {@link EnumTranslator} writes them: numbers in plain notation, so that
     * {@code 1e2} and {@code 100} are one value. A value of another kind than the alternative's (a string, or
     * {@code 1.5}, in an integer enum) can never be a value of this alternative and is left out.
     */
    private static List<String> listedTexts(List<Object> listed, JsonKind kind) {
        Set<String> texts = new LinkedHashSet<>();
        for (Object value : listed) {
            if (value == null) {
                continue; // null in an enum means nullable, not a value
            }
            if (kind == JsonKind.INTEGER || kind == JsonKind.NUMBER) {
                BigDecimal number = value instanceof Number ? new BigDecimal(value.toString()) : null;
                if (number != null && kind == JsonKind.NUMBER) {
                    texts.add(number.toPlainString());
                } else if (number != null && number.stripTrailingZeros().scale() <= 0) {
                    texts.add(number.toBigInteger().toString());
                }
            } else if ((kind == JsonKind.BOOLEAN) == (value instanceof Boolean)) {
                texts.add(String.valueOf(value));
            }
        }
        return List.copyOf(texts);
    }

    /**
     * An alternative's constraints, with those of the union's own schema where the alternative sets none: JSON
     * Schema applies the union's keywords to every value beside the {@code oneOf} ({@code maxLength} to the
     * strings, {@code minimum} to the numbers), and the checks of each kind only read the keywords of that kind.
     */
    static Constraints withOuter(Constraints own, Constraints outer) {
        if (outer.isEmpty()) {
            return own;
        }
        return new Constraints(
                first(own.format(), outer.format()),
                first(own.minLength(), outer.minLength()),
                first(own.maxLength(), outer.maxLength()),
                first(own.pattern(), outer.pattern()),
                first(own.minimum(), outer.minimum()),
                own.minimum() != null ? own.exclusiveMinimum() : outer.exclusiveMinimum(),
                first(own.maximum(), outer.maximum()),
                own.maximum() != null ? own.exclusiveMaximum() : outer.exclusiveMaximum(),
                first(own.multipleOf(), outer.multipleOf()),
                first(own.minItems(), outer.minItems()),
                first(own.maxItems(), outer.maxItems()),
                own.uniqueItems() || outer.uniqueItems(),
                first(own.minProperties(), outer.minProperties()),
                first(own.maxProperties(), outer.maxProperties()));
    }

    private static <T> @Nullable T first(@Nullable T own, @Nullable T outer) {
        return own != null ? own : outer;
    }
}
