package dev.specgen.runtime.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Java type to read JSON into, generic types included: {@code JsonType.of(Task.class)}, or for a generic type
 * an anonymous subclass, {@code new JsonType<List<Task>>() {}}, which keeps the type argument at run time. It
 * keeps generated code free of Jackson's own type classes.
 *
 * @param <T> the type
 */
public abstract class JsonType<T> {

    private final Type type;

    /** Captures the type argument of an anonymous subclass. */
    protected JsonType() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType parameterized)) {
            throw new IllegalStateException("create a JsonType as an anonymous subclass with a type argument,"
                    + " new JsonType<List<Task>>() {}, or with JsonType.of(Task.class)");
        }
        this.type = parameterized.getActualTypeArguments()[0];
    }

    private JsonType(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The type of a plain (non-generic) class. */
    public static <T> JsonType<T> of(Class<T> type) {
        return new JsonType<>(type) {};
    }

    /** The Java type, for Jackson's {@code TypeFactory.constructType}. */
    public Type type() {
        return type;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof JsonType<?> that && type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }
}
