package dev.specgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Java initializers for the spec's default values. Only scalars and enums get one; a default of a
 * kind Java cannot write as a literal (an object, a list) is left to the Javadoc.
 */
final class DefaultValues {

    private DefaultValues() {}

    static @Nullable CodeBlock initializer(Property property, JavaTypes types) {
        JsonValue value = property.defaultValue();
        if (value == null || value instanceof JsonValue.JsonNull) {
            return null;
        }
        TypeRef type = property.type();
        if (type instanceof TypeRef.Named named && value instanceof JsonValue.JsonString text
                && types.isEnum(named.javaName())) {
            return CodeBlock.of("$T.of($S)", types.className(named.javaName()), text.value());
        }
        if (!(type instanceof TypeRef.Scalar scalar)) {
            return null;
        }
        ScalarKind kind = scalar.kind();
        if (value instanceof JsonValue.JsonString text && kind == ScalarKind.STRING) {
            return CodeBlock.of("$S", text.value());
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
}
