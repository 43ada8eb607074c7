package dev.specgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Java initializers for the spec's default values: scalars of every kind (dates through the lenient
 * runtime types, base64 text decoded into bytes), enums of strings and numbers, unions of scalars (the
 * alternative the value is), and lists and maps of those. A default Java cannot build from a literal (an object for a record, a value that does not fit
 * its type) is left to the Javadoc, which shows every default as JSON.
 */
final class DefaultValues {

    /** {@code Map.of} takes at most ten pairs; a longer default map stays in the Javadoc. */
    private static final int MAP_OF_LIMIT = 10;

    private final JavaTypes types;

    private DefaultValues(JavaTypes types) {
        this.types = types;
    }

    static @Nullable CodeBlock initializer(Property property, JavaTypes types) {
        JsonValue value = property.defaultValue();
        if (value == null || value instanceof JsonValue.JsonNull) {
            return null;
        }
        return new DefaultValues(types).of(property.type(), value);
    }

    private @Nullable CodeBlock of(TypeRef type, JsonValue value) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind(), value);
        }
        EnumType enumType = type instanceof TypeRef.Named named ? types.enumType(named.javaName()) : null;
        if (enumType != null) {
            CodeBlock literal = scalar(enumType.valueKind(), value);
            return literal == null ? null : CodeBlock.of("$T.of($L)", types.className(enumType.javaName()), literal);
        }
        ScalarUnionType union = type instanceof TypeRef.Named named ? types.scalarUnion(named.javaName()) : null;
        if (union != null) {
            return scalarUnion(union, value);
        }
        if (type instanceof TypeRef.ListOf list && value instanceof JsonValue.JsonArray array) {
            List<CodeBlock> elements = new ArrayList<>();
            for (JsonValue element : array.elements()) {
                CodeBlock item = element instanceof JsonValue.JsonNull ? null : of(list.items(), element);
                if (item == null) {
                    return null;
                }
                elements.add(item);
            }
            return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(elements, ", "));
        }
        if (type instanceof TypeRef.MapOf map && value instanceof JsonValue.JsonObject object
                && object.members().size() <= MAP_OF_LIMIT) {
            List<CodeBlock> pairs = new ArrayList<>();
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                CodeBlock item = member.getValue() instanceof JsonValue.JsonNull ? null
                        : of(map.values(), member.getValue());
                if (item == null) {
                    return null;
                }
                pairs.add(CodeBlock.of("$S, $L", member.getKey(), item));
            }
            return CodeBlock.of("$T.of($L)", Map.class, CodeBlock.join(pairs, ", "));
        }
        return null;
    }

    /** The alternative the default is, holding it: {@code new SortKey.OfInteger(10L)}. */
    private @Nullable CodeBlock scalarUnion(ScalarUnionType union, JsonValue value) {
        ScalarUnionType.Alternative alternative = union.alternativeFor(value);
        CodeBlock literal = alternative == null ? null : scalar(alternative.valueKind(), value);
        return literal == null ? null : CodeBlock.of("new $T($L)",
                types.className(union.javaName()).nestedClass(alternative.javaName()), literal);
    }

    private static @Nullable CodeBlock scalar(ScalarKind kind, JsonValue value) {
        if (value instanceof JsonValue.JsonString text) {
            return switch (kind) {
                case STRING -> CodeBlock.of("$S", text.value());
                case DATE -> CodeBlock.of("$T.parse($S)", JavaTypes.LENIENT_DATE, text.value());
                case DATE_TIME -> CodeBlock.of("$T.parse($S)", JavaTypes.LENIENT_DATE_TIME, text.value());
                case BASE64 -> isBase64(text.value())
                        ? CodeBlock.of("$T.getDecoder().decode($S)", Base64.class, text.value())
                        : null;
                default -> null;
            };
        }
        if (value instanceof JsonValue.JsonBoolean bool && kind == ScalarKind.BOOLEAN) {
            return CodeBlock.of("$L", bool.value());
        }
        if (value instanceof JsonValue.JsonNumber number) {
            BigDecimal n = number.value();
            try {
                return switch (kind) {
                    case INT32 -> CodeBlock.of("$L", n.intValueExact());
                    case INT64 -> CodeBlock.of("$LL", n.longValueExact());
                    case DOUBLE -> CodeBlock.of("$Ld", n.doubleValue());
                    case FLOAT -> CodeBlock.of("$Lf", n.floatValue());
                    case DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, n.toPlainString());
                    case BIG_INTEGER -> CodeBlock.of("new $T($S)", BigInteger.class, n.toBigIntegerExact().toString());
                    default -> null;
                };
            } catch (ArithmeticException notAnInteger) {
                return null;
            }
        }
        return null;
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
