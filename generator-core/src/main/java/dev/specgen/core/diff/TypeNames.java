package dev.specgen.core.diff;

import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** How reports name a type: as the spec would ({@code integer (int64)}) and as the generated Java does ({@code Long}). */
final class TypeNames {

    private TypeNames() {}

    /** The type as OpenAPI would describe it: {@code string (date-time)}, {@code array of object Task}. */
    static String spec(TypeRef type, Constraints constraints, TypeIndex types) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind(), constraints);
        }
        if (type instanceof TypeRef.Named named) {
            TypeDef def = types.get(named.javaName());
            if (def instanceof ScalarUnionType union) {
                return "union " + named.javaName() + " of " + union.alternatives().stream()
                        .map(a -> scalar(a.kind(), a.constraints())).collect(Collectors.joining(", "));
            }
            String kind = def instanceof RecordType ? "object " : def instanceof EnumType ? "enum " : "union ";
            return kind + named.javaName();
        }
        if (type instanceof TypeRef.ListOf list) {
            return "array of " + spec(list.items(), list.itemConstraints(), types);
        }
        if (type instanceof TypeRef.MapOf map) {
            return "map of " + spec(map.values(), map.valueConstraints(), types);
        }
        return type instanceof TypeRef.FreeFormObject ? "free-form object" : "any JSON value";
    }

    /** A scalar as OpenAPI would describe it: {@code string (date-time)}, {@code integer (int64)}. */
    static String scalar(ScalarKind kind, Constraints constraints) {
        String format = constraints.format() != null ? constraints.format() : impliedFormat(kind);
        return jsonType(kind) + (format == null ? "" : " (" + format + ")");
    }

    /** The Java type of the value a union of scalars' record holds: {@code long}, {@code String}. */
    static String javaValue(ScalarKind valueKind) {
        return switch (valueKind) {
            case INT64 -> "long";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            case BIG_INTEGER -> "BigInteger";
            case DECIMAL -> "BigDecimal";
            default -> "String";
        };
    }

    /** The Java type the generated code uses: {@code Long}, {@code List<TaskStage>}, {@code Object}. */
    static String java(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "String";
                case BOOLEAN -> "Boolean";
                case INT32 -> "Integer";
                case INT64 -> "Long";
                case BIG_INTEGER -> "BigInteger";
                case FLOAT -> "Float";
                case DOUBLE -> "Double";
                case DECIMAL -> "BigDecimal";
                case DATE_TIME -> "LenientDateTime";
                case DATE -> "LenientDate";
                case BASE64, BINARY -> "byte[]";
            };
        }
        if (type instanceof TypeRef.Named named) {
            return named.javaName();
        }
        if (type instanceof TypeRef.ListOf list) {
            return "List<" + java(list.items()) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "Map<String, " + java(map.values()) + ">";
        }
        return type instanceof TypeRef.FreeFormObject ? "Map<String, Object>" : "Object";
    }

    private static String jsonType(ScalarKind kind) {
        return switch (kind) {
            case BOOLEAN -> "boolean";
            case INT32, INT64, BIG_INTEGER -> "integer";
            case FLOAT, DOUBLE, DECIMAL -> "number";
            default -> "string";
        };
    }

    private static @Nullable String impliedFormat(ScalarKind kind) {
        return switch (kind) {
            case INT32, INT64, FLOAT, DOUBLE, DECIMAL, DATE_TIME, DATE -> kind == ScalarKind.DATE_TIME ? "date-time"
                    : kind.name().toLowerCase(Locale.ROOT);
            case BASE64 -> "byte";
            case BINARY -> "binary";
            default -> null;
        };
    }
}
