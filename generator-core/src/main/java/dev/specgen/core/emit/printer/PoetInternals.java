package dev.specgen.core.emit.printer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parts of JavaPoet's model that it keeps to itself but that decide what it prints: a code block's format
 * parts and arguments, a type's permitted subclasses and record constructor, whether a constructor is compact, a
 * primitive's keyword, and a file's settings. They are read through {@link MethodHandles#privateLookupIn}, which
 * works with JavaPoet on the class path and as an automatic module (whose packages are open); nothing is put into
 * JavaPoet's package.
 *
 * <p>If any of them cannot be found (another JavaPoet version, a security manager), {@link #unavailable()} says
 * why, and the printer leaves every file to JavaPoet.
 */
final class PoetInternals {

    /** Why the handles could not all be made; set while the class initializes, before the handles below. */
    private static @Nullable String unavailable;

    // Null only when unavailable() is not: the printer then never calls the methods below.
    private static final MethodHandle FORMAT_PARTS =
            method(CodeBlock.class, "formatParts", MethodType.methodType(List.class));
    private static final MethodHandle ARGS = method(CodeBlock.class, "args", MethodType.methodType(List.class));
    private static final MethodHandle PERMITTED_SUBCLASSES = getter(TypeSpec.class, "permittedSubclasses", List.class);
    private static final MethodHandle RECORD_CONSTRUCTOR = getter(TypeSpec.class, "recordConstructor", MethodSpec.class);
    private static final MethodHandle COMPACT_CONSTRUCTOR = getter(MethodSpec.class, "compactConstructor", boolean.class);
    private static final MethodHandle KEYWORD = getter(TypeName.class, "keyword", String.class);
    private static final MethodHandle FILE_COMMENT = getter(JavaFile.class, "fileComment", CodeBlock.class);
    private static final MethodHandle STATIC_IMPORTS = getter(JavaFile.class, "staticImports", Set.class);
    private static final MethodHandle SKIP_JAVA_LANG_IMPORTS =
            getter(JavaFile.class, "skipJavaLangImports", boolean.class);
    private static final MethodHandle INDENT = getter(JavaFile.class, "indent", String.class);
    private static final MethodHandle ALWAYS_QUALIFY = getter(JavaFile.class, "alwaysQualify", Set.class);

    private PoetInternals() {}

    /** Why JavaPoet's internals cannot be read, or null when they can. */
    static @Nullable String unavailable() {
        return unavailable;
    }

    @SuppressWarnings("unchecked")
    static List<String> formatParts(CodeBlock block) {
        try {
            return (List<String>) FORMAT_PARTS.invokeExact(block);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object> args(CodeBlock block) {
        try {
            return (List<Object>) ARGS.invokeExact(block);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<TypeName> permittedSubclasses(TypeSpec type) {
        try {
            return (List<TypeName>) PERMITTED_SUBCLASSES.invokeExact(type);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** The record's canonical constructor, which also declares its components; null for other kinds. */
    static @Nullable MethodSpec recordConstructor(TypeSpec type) {
        try {
            return (MethodSpec) RECORD_CONSTRUCTOR.invokeExact(type);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    static boolean isCompactConstructor(MethodSpec method) {
        try {
            return (boolean) COMPACT_CONSTRUCTOR.invokeExact(method);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** The keyword of a primitive type or {@code void}; null for any other type name. */
    static @Nullable String keyword(TypeName type) {
        try {
            return (String) KEYWORD.invokeExact(type);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** The settings a {@link JavaFile} was built with, which it has no accessors for. */
    record FileSettings(CodeBlock fileComment, Set<String> staticImports, boolean skipJavaLangImports, String indent,
            Set<String> alwaysQualify) {}

    @SuppressWarnings("unchecked")
    static FileSettings settings(JavaFile file) {
        try {
            return new FileSettings((CodeBlock) FILE_COMMENT.invokeExact(file),
                    (Set<String>) STATIC_IMPORTS.invokeExact(file), (boolean) SKIP_JAVA_LANG_IMPORTS.invokeExact(file),
                    (String) INDENT.invokeExact(file), (Set<String>) ALWAYS_QUALIFY.invokeExact(file));
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    private static RuntimeException failure(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }

    private static @Nullable MethodHandle method(Class<?> owner, String name, MethodType type) {
        try {
            return lookupIn(owner).findVirtual(owner, name, type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return missing(owner, name, e);
        }
    }

    private static @Nullable MethodHandle getter(Class<?> owner, String field, Class<?> type) {
        try {
            return lookupIn(owner).findGetter(owner, field, type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return missing(owner, field, e);
        }
    }

    private static MethodHandles.Lookup lookupIn(Class<?> owner) throws IllegalAccessException {
        return MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
    }

    private static @Nullable MethodHandle missing(Class<?> owner, String member, Exception e) {
        if (unavailable == null) {
            unavailable = "cannot read " + owner.getSimpleName() + "." + member + " of JavaPoet: " + e;
        }
        return null;
    }
}
