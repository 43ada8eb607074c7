package dev.specgen.realworld;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Generated sources on disk compiled with javac (through javax.tools, in this JVM) against the test class path,
 * which holds {@code specgen-runtime} and its dependencies, exactly what a user's build gives generated code.
 *
 * <p>Every lint is on ({@code -Xlint:all}). Warnings are collected rather than turned into errors with
 * {@code -Werror}, so that one test run lists all of them; the test then demands that there are none.
 *
 * @param errors every error, formatted as {@code file:line: message}
 * @param warnings every warning (lint and mandatory ones), formatted the same way
 * @param classes the directory of the compiled classes
 */
record SourceCompilation(List<String> errors, List<String> warnings, Path classes) {

    static SourceCompilation compile(Path sourceRoot, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8); Stream<Path> walk = Files.walk(sourceRoot)) {
            Files.createDirectories(classes);
            List<File> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
            List<String> options = List.of("--release", "17", "-Xlint:all", "-proc:none", "-implicit:none",
                    "-encoding", "UTF-8", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile " + sourceRoot + ": " + e.getMessage(), e);
        }
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(SourceCompilation::format).toList();
        List<String> warnings = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .map(SourceCompilation::format).toList();
        return new SourceCompilation(errors, warnings, classes);
    }

    /** A class loader over the compiled classes, child of the test class path. */
    URLClassLoader classLoader() {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, SourceCompilation.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
        String source = d.getSource() == null ? "" : d.getSource().getName();
        return source + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
    }
}
