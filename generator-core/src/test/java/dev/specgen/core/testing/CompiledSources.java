package dev.specgen.core.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.specgen.core.write.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generated sources compiled in memory with Compile Testing (javac with every lint on and warnings
 * as errors), against the test class path, which has {@code specgen-runtime} and its dependencies.
 */
public final class CompiledSources {

    private final Compilation compilation;

    private CompiledSources(Compilation compilation) {
        this.compilation = compilation;
    }

    public static CompiledSources compile(List<GeneratedFile> files) {
        List<JavaFileObject> sources = files.stream()
                .filter(f -> f.relativePath().endsWith(".java")) // the clients' usage pages are Markdown
                .map(f -> com.google.testing.compile.JavaFileObjects.forSourceString(
                        f.relativePath().replace('/', '.').replaceAll("\\.java$", ""), f.content()))
                .toList();
        Compilation compilation = javac()
                .withOptions("-Xlint:all", "-Werror", "--release", "17")
                .compile(sources);
        return new CompiledSources(compilation);
    }

    public boolean succeeded() {
        return compilation.status() == Compilation.Status.SUCCESS;
    }

    /** Every error and warning javac reported, one per line, for assertion messages. */
    public String problems() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            out.append(d.getKind()).append(' ')
                    .append(d.getSource() == null ? "" : d.getSource().getName()).append(':')
                    .append(d.getLineNumber()).append(": ").append(d.getMessage(null)).append('\n');
        }
        return out.toString();
    }

    /** A class loader over the compiled classes, child of the test class path. */
    public ClassLoader classLoader() {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String name = file.getName().replaceFirst("^/?CLASS_OUTPUT/", "").replaceAll("\\.class$", "")
                    .replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ClassLoader(CompiledSources.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }
}
