package dev.specgen.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.write.GeneratedFile;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

/** Generates a spec's sources, compiles them in memory and loads the classes: the start of every client test. */
public final class GeneratedClients {

    private final List<GeneratedFile> files;
    private final ClassLoader loader;
    private final String packageName;

    private GeneratedClients(List<GeneratedFile> files, ClassLoader loader, String packageName) {
        this.files = files;
        this.loader = loader;
        this.packageName = packageName;
    }

    public static GeneratedClients compile(Path spec, String packageName) {
        return compile(spec, GeneratorOptions.of(packageName));
    }

    public static GeneratedClients compile(Path spec, GeneratorOptions options) {
        String packageName = options.packageName();
        List<GeneratedFile> files = Specgen.emit(Specgen.read(spec).model(), options);
        CompiledSources compiled = CompiledSources.compile(files);
        assertThat(compiled.problems()).as("compiling the sources generated from %s", spec).isEmpty();
        return new GeneratedClients(files, compiled.classLoader(), packageName);
    }

    public List<GeneratedFile> files() {
        return files;
    }

    public String file(String name) {
        String path = packageName.replace('.', '/') + "/" + name;
        return files.stream().filter(f -> f.relativePath().equals(path)).findFirst().orElseThrow().content();
    }

    public Class<?> type(String simpleName) {
        try {
            return Class.forName(packageName + "." + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + simpleName, e);
        }
    }

    /** Calls a public method by name and argument count, unwrapping what it throws. */
    public static Object call(Object target, String method, Object... arguments) throws Throwable {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length
                    && accepts(candidate, arguments)) {
                try {
                    return candidate.invoke(target instanceof Class<?> ? null : target, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new AssertionError("no method " + method + " with " + arguments.length + " arguments on " + type);
    }

    private static boolean accepts(Method method, Object[] arguments) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (arguments[i] != null && !wrap(types[i]).isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == long.class ? Long.class : type == int.class ? Integer.class : type == boolean.class
                ? Boolean.class : type == double.class ? Double.class : type;
    }
}
