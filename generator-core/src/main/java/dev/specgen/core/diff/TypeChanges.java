package dev.specgen.core.diff;

import dev.specgen.core.diff.SchemaFact.TypeChange;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.UnionType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether two types at the same place are the same kind of thing and, when they are not, whether
 * the newer one accepts more values (generalized), fewer (specialized), or different ones.
 */
final class TypeChanges {

    /** What a type is, for comparing: types of the same shape are compared member by member. */
    enum Shape {
        SCALAR, RECORD, ENUM, UNION, SCALAR_UNION, LIST, MAP, FREE_FORM, ANY
    }

    /** For each scalar kind, the kinds that accept every one of its values. */
    private static final Map<ScalarKind, Set<ScalarKind>> WIDER = new EnumMap<>(ScalarKind.class);

    /** Formats a scalar kind already says: a change between them is a change of kind. */
    private static final Set<String> KIND_FORMATS =
            Set.of("int32", "int64", "float", "double", "decimal", "date-time", "date", "byte", "binary");

    static {
        WIDER.put(ScalarKind.INT32, EnumSet.of(ScalarKind.INT64, ScalarKind.BIG_INTEGER, ScalarKind.DOUBLE,
                ScalarKind.DECIMAL));
        WIDER.put(ScalarKind.INT64, EnumSet.of(ScalarKind.BIG_INTEGER, ScalarKind.DOUBLE, ScalarKind.DECIMAL));
        WIDER.put(ScalarKind.BIG_INTEGER, EnumSet.of(ScalarKind.DECIMAL));
        WIDER.put(ScalarKind.FLOAT, EnumSet.of(ScalarKind.DOUBLE, ScalarKind.DECIMAL));
        WIDER.put(ScalarKind.DOUBLE, EnumSet.of(ScalarKind.DECIMAL));
        for (ScalarKind text : EnumSet.of(ScalarKind.DATE_TIME, ScalarKind.DATE, ScalarKind.BASE64, ScalarKind.BINARY)) {
            WIDER.put(text, EnumSet.of(ScalarKind.STRING));
        }
    }

    private TypeChanges() {}

    static Shape shape(TypeRef type, TypeIndex types) {
        if (type instanceof TypeRef.Scalar) {
            return Shape.SCALAR;
        }
        if (type instanceof TypeRef.Named named) {
            TypeDef def = types.get(named.javaName());
            if (def instanceof RecordType) {
                return Shape.RECORD;
            }
            if (def instanceof EnumType) {
                return Shape.ENUM;
            }
            if (def instanceof ScalarUnionType) {
                return Shape.SCALAR_UNION;
            }
            return def instanceof UnionType ? Shape.UNION : Shape.ANY;
        }
        if (type instanceof TypeRef.ListOf) {
            return Shape.LIST;
        }
        if (type instanceof TypeRef.MapOf) {
            return Shape.MAP;
        }
        return type instanceof TypeRef.FreeFormObject ? Shape.FREE_FORM : Shape.ANY;
    }

    /**
     * How the type at a place changed, without looking inside named types, lists or maps (whose members
     * are compared separately), or {@code null} when it is the same kind of type.
     */
    static @Nullable TypeChange between(TypeRef older, Constraints oldConstraints, TypeIndex oldTypes, TypeRef newer,
            Constraints newConstraints, TypeIndex newTypes) {
        Shape oldShape = shape(older, oldTypes);
        Shape newShape = shape(newer, newTypes);
        if (oldShape != newShape) {
            return ofShapes(older, oldShape, newer, newShape, oldTypes, newTypes);
        }
        if (oldShape == Shape.SCALAR) {
            return ofScalars(((TypeRef.Scalar) older).kind(), oldConstraints.format(), ((TypeRef.Scalar) newer).kind(),
                    newConstraints.format());
        }
        return null;
    }

    /**
     * How two scalars differ, or {@code null} when they are the same type.
     *
     * @param oldFormat the older schema's {@code format}
     * @param newFormat the newer schema's {@code format}
     */
    static @Nullable TypeChange ofScalars(ScalarKind older, @Nullable String oldFormat, ScalarKind newer,
            @Nullable String newFormat) {
        if (older != newer) {
            if (WIDER.getOrDefault(older, Set.of()).contains(newer)) {
                return TypeChange.GENERALIZED;
            }
            return WIDER.getOrDefault(newer, Set.of()).contains(older) ? TypeChange.SPECIALIZED : TypeChange.CHANGED;
        }
        String before = ownFormat(oldFormat);
        String after = ownFormat(newFormat);
        if (Objects.equals(before, after)) {
            return null;
        }
        if (after == null) {
            return TypeChange.GENERALIZED;
        }
        return before == null ? TypeChange.SPECIALIZED : TypeChange.CHANGED;
    }

    /** How types of different shapes differ. */
    private static TypeChange ofShapes(TypeRef older, Shape oldShape, TypeRef newer, Shape newShape, TypeIndex oldTypes,
            TypeIndex newTypes) {
        if (newShape == Shape.ANY) {
            return TypeChange.GENERALIZED;
        }
        if (oldShape == Shape.ANY) {
            return TypeChange.SPECIALIZED;
        }
        if (newShape == Shape.FREE_FORM && (oldShape == Shape.RECORD || oldShape == Shape.MAP)) {
            return TypeChange.GENERALIZED;
        }
        if (oldShape == Shape.FREE_FORM && (newShape == Shape.RECORD || newShape == Shape.MAP)) {
            return TypeChange.SPECIALIZED;
        }
        if (oldShape == Shape.SCALAR && newShape == Shape.ENUM) {
            ScalarKind values = ((EnumType) newTypes.get(((TypeRef.Named) newer).javaName())).valueKind();
            return accepts(values, ((TypeRef.Scalar) older).kind()) ? TypeChange.BECAME_ENUM : TypeChange.CHANGED;
        }
        if (oldShape == Shape.ENUM && newShape == Shape.SCALAR) {
            ScalarKind values = ((EnumType) oldTypes.get(((TypeRef.Named) older).javaName())).valueKind();
            return accepts(((TypeRef.Scalar) newer).kind(), values) ? TypeChange.GENERALIZED : TypeChange.CHANGED;
        }
        if (newShape == Shape.SCALAR_UNION && (oldShape == Shape.SCALAR || oldShape == Shape.ENUM)) {
            // integer → oneOf [integer, string]: every old value is one of the union's.
            ScalarKind kind = scalarKind(older, oldTypes);
            return unionAccepts((ScalarUnionType) newTypes.get(((TypeRef.Named) newer).javaName()), kind)
                    ? TypeChange.GENERALIZED : TypeChange.CHANGED;
        }
        if (oldShape == Shape.SCALAR_UNION && (newShape == Shape.SCALAR || newShape == Shape.ENUM)) {
            ScalarKind kind = scalarKind(newer, newTypes);
            return unionAccepts((ScalarUnionType) oldTypes.get(((TypeRef.Named) older).javaName()), kind)
                    ? TypeChange.SPECIALIZED : TypeChange.CHANGED;
        }
        return TypeChange.CHANGED;
    }

    /** The kind of a scalar, or of an enum's values. */
    private static ScalarKind scalarKind(TypeRef type, TypeIndex types) {
        return type instanceof TypeRef.Scalar scalar ? scalar.kind()
                : ((EnumType) types.get(((TypeRef.Named) type).javaName())).valueKind();
    }

    /** Whether one of a union's alternatives accepts every value of kind {@code kind}. */
    private static boolean unionAccepts(ScalarUnionType union, ScalarKind kind) {
        return union.alternatives().stream().anyMatch(a -> accepts(a.kind(), kind));
    }

    /** Whether every value of kind {@code narrow} is a value of kind {@code wide}. */
    private static boolean accepts(ScalarKind wide, ScalarKind narrow) {
        return wide == narrow || WIDER.getOrDefault(narrow, Set.of()).contains(wide);
    }

    private static @Nullable String ownFormat(@Nullable String format) {
        return format == null || KIND_FORMATS.contains(format) ? null : format;
    }
}
