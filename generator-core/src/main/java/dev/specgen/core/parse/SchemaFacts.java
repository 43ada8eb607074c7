package dev.specgen.core.parse;

import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.Docs;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads what a Swagger schema says, smoothing over the differences between OpenAPI 3.0 and 3.1. */
final class SchemaFacts {

    private SchemaFacts() {}

    /** The single non-null type the schema declares ({@code type: string} or {@code type: [string, "null"]}). */
    static @Nullable String type(Schema<?> schema) {
        Set<String> types = schema.getTypes();
        if (types != null && !types.isEmpty()) {
            // Called for every schema several times: no stream, no sorting, for the one answer needed.
            String only = null;
            for (String type : types) {
                if (!type.equals("null")) {
                    if (only != null) {
                        return null;
                    }
                    only = type;
                }
            }
            return only;
        }
        return schema.getType();
    }

    /** Whether the schema declares several non-null types (3.1 {@code type: [string, integer]}). */
    static boolean hasSeveralTypes(Schema<?> schema) {
        Set<String> types = schema.getTypes();
        if (types == null || types.size() < 2) {
            return false;
        }
        return types.size() - (types.contains("null") ? 1 : 0) > 1;
    }

    /** Whether the schema allows nothing but {@code null}: {@code type: 'null'} (3.1) in either spelling. */
    static boolean isNullOnly(Schema<?> schema) {
        Set<String> types = schema.getTypes();
        if (types != null && !types.isEmpty()) {
            return types.size() == 1 && types.contains("null");
        }
        return "null".equals(schema.getType());
    }

    /**
     * Whether {@code null} is a valid value: {@code nullable: true}, a 3.1 {@code type} array with {@code 'null'},
     * or a {@code oneOf}/{@code anyOf} with a {@code {type: 'null'}} alternative ({@code [X, null]}, or
     * {@code [integer, string, null]}).
     */
    @SuppressWarnings("rawtypes")
    static boolean nullable(Schema<?> schema) {
        if (Boolean.TRUE.equals(schema.getNullable())) {
            return true;
        }
        Set<String> types = schema.getTypes();
        if (types != null && types.contains("null")) {
            return true;
        }
        for (Schema alternative : SchemaTranslator.alternatives(schema)) {
            if (isNullOnly(alternative)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values the schema allows, when it lists them: its {@code enum}, or its 3.1 {@code const} as the one
     * listed value (a constant is an enum of one value, and is generated and validated as one).
     */
    @SuppressWarnings("unchecked")
    static @Nullable List<Object> enumValues(Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return (List<Object>) schema.getEnum();
        }
        Object constant = schema.getConst();
        return constant == null ? null : List.of(constant);
    }

    static boolean hasEnumValues(Schema<?> schema) {
        return enumValues(schema) != null;
    }

    static boolean deprecated(Schema<?> schema) {
        return Boolean.TRUE.equals(schema.getDeprecated());
    }

    static Docs docs(Schema<?> schema) {
        return new Docs(blankToNull(schema.getTitle()), blankToNull(schema.getDescription()), deprecated(schema));
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static Constraints constraints(Schema<?> schema) {
        BigDecimal minimum = schema.getMinimum();
        boolean exclusiveMinimum = Boolean.TRUE.equals(schema.getExclusiveMinimum());
        if (schema.getExclusiveMinimumValue() != null) {
            minimum = schema.getExclusiveMinimumValue();
            exclusiveMinimum = true;
        }
        BigDecimal maximum = schema.getMaximum();
        boolean exclusiveMaximum = Boolean.TRUE.equals(schema.getExclusiveMaximum());
        if (schema.getExclusiveMaximumValue() != null) {
            maximum = schema.getExclusiveMaximumValue();
            exclusiveMaximum = true;
        }
        Constraints constraints = new Constraints(
                blankToNull(schema.getFormat()),
                schema.getMinLength(),
                schema.getMaxLength(),
                blankToNull(schema.getPattern()),
                minimum,
                exclusiveMinimum,
                maximum,
                exclusiveMaximum,
                schema.getMultipleOf(),
                schema.getMinItems(),
                schema.getMaxItems(),
                Boolean.TRUE.equals(schema.getUniqueItems()),
                schema.getMinProperties(),
                schema.getMaxProperties());
        return constraints.isEmpty() ? Constraints.NONE : constraints;
    }

    /** The component name a local reference points to, or {@code null} if it is not {@code #/components/schemas/…}. */
    static @Nullable String componentName(String ref, String section) {
        String prefix = "#/components/" + section + "/";
        if (!ref.startsWith(prefix)) {
            return null;
        }
        return ref.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
    }

    @SuppressWarnings("unchecked")
    static List<String> stringList(@Nullable Object extension) {
        if (extension instanceof List<?> list) {
            return list.stream().map(v -> v == null ? null : String.valueOf(v)).toList();
        }
        return List.of();
    }
}
