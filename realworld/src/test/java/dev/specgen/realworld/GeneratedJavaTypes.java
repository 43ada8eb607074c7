package dev.specgen.realworld;

import dev.specgen.core.emit.JavaTypes;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.TypeRef;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/**
 * The Jackson type of a model type among the compiled generated classes: what the generated client hands Jackson
 * to decode a response of that type.
 */
final class GeneratedJavaTypes {

    private final ClassLoader classes;
    private final String packageName;
    private final TypeFactory types;

    GeneratedJavaTypes(ClassLoader classes, String packageName, TypeFactory types) {
        this.classes = classes;
        this.packageName = packageName;
        this.types = types;
    }

    ClassLoader classLoader() {
        return classes;
    }

    JavaType of(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return types.constructType(scalar(scalar.kind()));
        }
        if (type instanceof TypeRef.Named named) {
            return types.constructType(load(packageName + "." + named.javaName()));
        }
        if (type instanceof TypeRef.ListOf list) {
            return types.constructCollectionType(List.class, of(list.items()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return types.constructMapType(Map.class, types.constructType(String.class), of(map.values()));
        }
        if (type instanceof TypeRef.FreeFormObject) {
            return types.constructMapType(Map.class, String.class, Object.class);
        }
        return types.constructType(Object.class);
    }

    /** The class the generator uses for a scalar, by the name {@link JavaTypes#scalar} gives it. */
    private Class<?> scalar(ScalarKind kind) {
        String name = JavaTypes.scalar(kind).toString();
        return name.equals("byte[]") ? byte[].class : load(name);
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, classes);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the generated code has no class " + name, e);
        }
    }
}
