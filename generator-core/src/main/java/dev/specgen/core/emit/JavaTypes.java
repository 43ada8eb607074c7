package dev.specgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Maps model types to the Java types of the generated code. One instance per generated package. */
public final class JavaTypes {

    public static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    public static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
    static final ClassName LENIENT_DATE_TIME = ClassName.get("dev.specgen.runtime.time", "LenientDateTime");
    static final ClassName LENIENT_DATE = ClassName.get("dev.specgen.runtime.time", "LenientDate");
    public static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();

    private final String packageName;
    private final Map<String, dev.specgen.core.model.EnumType> enumTypes = new java.util.HashMap<>();
    private final Map<String, ScalarUnionType> scalarUnions = new java.util.HashMap<>();

    public JavaTypes(String packageName, ApiModel model) {
        this.packageName = packageName;
        for (TypeDef type : model.types()) {
            if (type instanceof dev.specgen.core.model.EnumType enumType) {
                enumTypes.put(type.javaName(), enumType);
            } else if (type instanceof ScalarUnionType scalarUnion) {
                scalarUnions.put(type.javaName(), scalarUnion);
            }
        }
    }

    public String packageName() {
        return packageName;
    }

    public boolean isEnum(String javaName) {
        return enumTypes.containsKey(javaName);
    }

    /** The enum type of that name, or {@code null} when the name is not an enum's. */
    public dev.specgen.core.model.@org.jspecify.annotations.Nullable EnumType enumType(String javaName) {
        return enumTypes.get(javaName);
    }

    /** The union of scalars of that name, or {@code null} when the name is not one's. */
    public @org.jspecify.annotations.Nullable ScalarUnionType scalarUnion(String javaName) {
        return scalarUnions.get(javaName);
    }

    public ClassName className(String javaName) {
        return ClassName.get(packageName, javaName);
    }

    /** The Java type of a value; never a primitive, since any value may be absent on the wire. */
    public TypeName of(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind());
        }
        if (type instanceof TypeRef.Named named) {
            return className(named.javaName());
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), of(list.items()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), of(map.values()));
        }
        if (type instanceof TypeRef.FreeFormObject) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    ClassName.OBJECT.annotated(NULLABLE_ANNOTATION));
        }
        return ClassName.OBJECT;
    }

    /** The type, annotated {@code @Nullable}. */
    public TypeName nullable(TypeRef type) {
        TypeName name = of(type);
        if (name instanceof ArrayTypeName array) {
            return array.annotated(NULLABLE_ANNOTATION);
        }
        return name.annotated(NULLABLE_ANNOTATION);
    }

    public static TypeName scalar(ScalarKind kind) {
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case INT32 -> ClassName.get(Integer.class);
            case INT64 -> ClassName.get(Long.class);
            case BIG_INTEGER -> ClassName.get(BigInteger.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case DATE_TIME -> LENIENT_DATE_TIME;
            case DATE -> LENIENT_DATE;
            case BASE64, BINARY -> ArrayTypeName.of(TypeName.BYTE);
        };
    }
}
