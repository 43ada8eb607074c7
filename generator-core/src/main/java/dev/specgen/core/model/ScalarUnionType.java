package dev.specgen.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value that is one of several scalars of different JSON kinds ({@code oneOf: [{type: integer}, {type: string}]}),
 * generated as a sealed interface with one nested record per alternative ({@code OfInteger(long value)},
 * {@code OfString(String value)}), read from whichever JSON kind arrives and written back as that raw value.
 *
 * <p>A type of its own rather than a flavour of {@link UnionType}: a union of objects has variant records that are
 * types of the package, discriminators, shared properties and a default variant, none of which a union of scalars
 * has; its alternatives are values of a kind with constraints instead. Every consumer (emitters, validators, lint,
 * diff) treats the two differently, and a separate type lets the compiler point at each place.
 *
 * @param exclusive {@code true} for {@code oneOf}, {@code false} for {@code anyOf}
 * @param alternatives one per JSON kind, sorted by kind (so the spec's order of alternatives changes nothing)
 */
public record ScalarUnionType(
        String javaName,
        String specName,
        SourceLocation location,
        Docs docs,
        boolean exclusive,
        List<Alternative> alternatives) implements TypeDef {

    public ScalarUnionType {
        alternatives = List.copyOf(alternatives);
    }

    /**
     * The alternative a JSON value is read as, as the generated {@code fromJson} picks it: by the value's kind, an
     * integral number as the integer alternative where its Java type holds it, else as the number alternative;
     * {@code null} when no alternative takes the value (it cannot be read).
     */
    public @Nullable Alternative alternativeFor(JsonValue value) {
        Alternative number = null;
        for (Alternative alternative : alternatives) {
            JsonKind kind = alternative.jsonKind();
            if (value instanceof JsonValue.JsonString && kind == JsonKind.STRING
                    || value instanceof JsonValue.JsonBoolean && kind == JsonKind.BOOLEAN
                    || value instanceof JsonValue.JsonNumber n && kind == JsonKind.INTEGER && holds(alternative, n)) {
                return alternative;
            }
            if (value instanceof JsonValue.JsonNumber && kind == JsonKind.NUMBER) {
                number = alternative;
            }
        }
        return number;
    }

    private static boolean holds(Alternative integer, JsonValue.JsonNumber number) {
        if (!number.isIntegral()) {
            return false;
        }
        return integer.valueKind() == ScalarKind.BIG_INTEGER || number.value().toBigInteger().bitLength() <= 63;
    }

    /** What a value must be, as messages say it: {@code an integer or a string}. */
    public String expectedKinds() {
        List<String> phrases = alternatives.stream().map(a -> a.jsonKind().phrase()).toList();
        int last = phrases.size() - 1;
        return last <= 0 ? String.join("", phrases)
                : String.join(", ", phrases.subList(0, last)) + " or " + phrases.get(last);
    }

    /**
     * The JSON kinds a value can be read from: one alternative each, since a value's kind is all there is to pick
     * an alternative by. An integral JSON number is an {@link #INTEGER} (as in JSON Schema), so a union with both
     * integer and number alternatives reads {@code 5} as the integer and {@code 5.5} as the number.
     */
    public enum JsonKind {
        BOOLEAN("a boolean"),
        INTEGER("an integer"),
        NUMBER("a number"),
        STRING("a string");

        private final String phrase;

        JsonKind(String phrase) {
            this.phrase = phrase;
        }

        /** The kind as a message names it: {@code an integer}. */
        public String phrase() {
            return phrase;
        }

        /** The JSON kind of values of a scalar kind. */
        public static JsonKind of(ScalarKind kind) {
            return switch (kind) {
                case BOOLEAN -> BOOLEAN;
                case INT32, INT64, BIG_INTEGER -> INTEGER;
                case FLOAT, DOUBLE, DECIMAL -> NUMBER;
                default -> STRING;
            };
        }
    }

    /**
     * One alternative.
     *
     * @param javaName the nested record's simple name ({@code OfInteger}), never the enclosing type's
     * @param kind the kind the alternative's schema describes, as it would be anywhere else ({@code INT32},
     *     {@code DATE_TIME}); its JSON kind and Java representation follow from it
     * @param constraints what the alternative's schema (and the union's own schema, which applies to every
     *     alternative) says a value must satisfy; the {@code format} is kept for checking
     * @param listedValues the values an {@code enum} (or {@code const}) alternative allows, as JSON text
     *     ({@code asc}, {@code 42}); empty when it lists none
     * @param location where the alternative is written (its component, for a {@code $ref})
     */
    public record Alternative(
            String javaName,
            ScalarKind kind,
            Constraints constraints,
            List<String> listedValues,
            Docs docs,
            SourceLocation location) {

        public Alternative {
            listedValues = List.copyOf(listedValues);
        }

        public JsonKind jsonKind() {
            return JsonKind.of(kind);
        }

        /**
         * The kind of the record's Java value: {@code long} for integers that fit (int32 and int64 alike),
         * {@code BigInteger} for those that may not, {@code double} for float and double, {@code BigDecimal} for
         * decimals, {@code String} for text of any format (dates and base64 are kept as the text received, which
         * the validator checks against the format), {@code boolean}.
         */
        public ScalarKind valueKind() {
            return switch (kind) {
                case INT32, INT64 -> ScalarKind.INT64;
                case FLOAT, DOUBLE -> ScalarKind.DOUBLE;
                case BIG_INTEGER, DECIMAL, BOOLEAN -> kind;
                default -> ScalarKind.STRING;
            };
        }
    }
}
