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
        return (List<String>) read(FORMAT_PARTS, block);
    }

    @SuppressWarnings("unchecked")
    static List<Object> args(CodeBlock block) {
        return (List<Object>) read(ARGS, block);
    }

    @SuppressWarnings("unchecked")
    static List<TypeName> permittedSubclasses(TypeSpec type) {
        return (List<TypeName>) read(PERMITTED_SUBCLASSES, type);
    }

    /** The record's canonical constructor, which also declares its components; null for other kinds. */
    static @Nullable MethodSpec recordConstructor(TypeSpec type) {
        return (MethodSpec) read(RECORD_CONSTRUCTOR, type);
    }

    static boolean isCompactConstructor(MethodSpec method) {
        return (Boolean) read(COMPACT_CONSTRUCTOR, method);
    }

    /** The keyword of a primitive type or {@code void}; null for any other type name. */
    static @Nullable String keyword(TypeName type) {
        return (String) read(KEYWORD, type);
    }

    /** The settings a {@link JavaFile} was built with, which it has no accessors for. */
    record FileSettings(CodeBlock fileComment, Set<String> staticImports, boolean skipJavaLangImports, String indent,
            Set<String> alwaysQualify) {}

    @SuppressWarnings("unchecked")
    static FileSettings settings(JavaFile file) {
        return new FileSettings((CodeBlock) read(FILE_COMMENT, file), (Set<String>) read(STATIC_IMPORTS, file),
                (Boolean) read(SKIP_JAVA_LANG_IMPORTS, file), (String) read(INDENT, file),
                (Set<String>) read(ALWAYS_QUALIFY, file));
    }

    /** Calls a handle made by {@link #method} or {@link #getter}: {@code (Object) -> Object}. */
    private static @Nullable Object read(MethodHandle handle, Object target) {
        try {
            return handle.invokeExact(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // none of the members read throws a checked exception
        }
    }

    private static @Nullable MethodHandle method(Class<?> owner, String name, MethodType type) {
        try {
            return asReader(lookupIn(owner).findVirtual(owner, name, type));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return missing(owner, name, e);
        }
    }

    private static @Nullable MethodHandle getter(Class<?> owner, String field, Class<?> type) {
        try {
            return asReader(lookupIn(owner).findGetter(owner, field, type));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return missing(owner, field, e);
        }
    }

    /** One shape for every handle, {@code (Object) -> Object} (primitives boxed), so that one method calls them. */
    private static MethodHandle asReader(MethodHandle handle) {
        return handle.asType(MethodType.methodType(Object.class, Object.class));
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
