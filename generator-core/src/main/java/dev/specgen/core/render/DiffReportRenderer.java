package dev.specgen.core.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.resolver.ClasspathResolver;
import dev.specgen.core.diff.DiffReport;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders diff reports with Mustache templates. The templates are {@code diff-report.<ext>.mustache} on
 * the classpath next to this class; a template directory, when given, overrides any of them by holding a
 * file of the same name (the others still come from the classpath).
 */
public final class DiffReportRenderer {

    private static final String CLASSPATH_ROOT = "dev/specgen/core/render";

    private final @Nullable Path templateDirectory;
    private final Map<ReportFormat, Mustache> templates = new EnumMap<>(ReportFormat.class);

    /** Renders with the built-in templates. */
    public DiffReportRenderer() {
        this(null);
    }

    /**
     * Renders with the templates in {@code templateDirectory} where it has them, the built-in ones elsewhere.
     *
     * @throws IllegalArgumentException when the directory does not exist
     */
    public DiffReportRenderer(@Nullable Path templateDirectory) {
        if (templateDirectory != null && !Files.isDirectory(templateDirectory)) {
            throw new IllegalArgumentException("template directory " + templateDirectory
                    + " does not exist; create it and put diff-report.<txt|md|html|json>.mustache files in it");
        }
        this.templateDirectory = templateDirectory;
    }

    public String render(DiffReport report, ReportFormat format) {
        StringWriter out = new StringWriter();
        render(report, format, out);
        return out.toString();
    }

    /**
     * @throws IllegalArgumentException when a user template cannot be read or is not valid Mustache
     */
    public void render(DiffReport report, ReportFormat format, Writer out) {
        try {
            template(format).execute(out, ReportView.of(report)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("cannot render the " + format.templateName() + " template: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Renders a report into a file, creating its directory.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(DiffReport report, ReportFormat format, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                render(report, format, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private synchronized Mustache template(ReportFormat format) {
        return templates.computeIfAbsent(format, f -> {
            try {
                return new EscapingFactory(f, resolver()).compile(f.templateName());
            } catch (MustacheException e) {
                throw new IllegalArgumentException("template " + f.templateName() + " is not valid Mustache: "
                        + e.getMessage(), e);
            }
        });
    }

    /** The user's directory first, then the classpath. */
    private MustacheResolver resolver() {
        ClasspathResolver classpath = new ClasspathResolver(CLASSPATH_ROOT);
        if (templateDirectory == null) {
            return classpath;
        }
        return name -> {
            Path file = templateDirectory.resolve(name).normalize();
            if (file.startsWith(templateDirectory) && Files.isRegularFile(file)) {
                try {
                    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read template " + file + ": " + e.getMessage(), e);
                }
            }
            Reader builtIn = classpath.getReader(name);
            if (builtIn == null) {
                throw new IllegalArgumentException("no template " + name + " in " + templateDirectory
                        + " or among the built-in ones");
            }
            return builtIn;
        };
    }

    /** A factory whose {@code {{value}}} escaping is the format's (Mustache's default is HTML's). */
    private static final class EscapingFactory extends DefaultMustacheFactory {
        private final ReportFormat format;

        EscapingFactory(ReportFormat format, MustacheResolver resolver) {
            super(resolver);
            this.format = format;
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(format.escape(value));
            } catch (IOException e) {
                throw new MustacheException("cannot write", e);
            }
        }
    }
}
