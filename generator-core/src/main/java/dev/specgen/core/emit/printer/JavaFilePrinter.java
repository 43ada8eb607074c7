package dev.specgen.core.emit.printer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Prints a JavaPoet {@link JavaFile} exactly as {@link JavaFile#toString()} does (Palantir JavaPoet 0.22.0), four to
 * six times faster and with a twentieth of the allocation (see BENCHMARKS.md): JavaPoet writes every file twice (once into nothing, to learn the imports)
 * and splits every string it writes with a regular expression; this printer walks the file once without writing
 * anything to choose the imports, then writes it once, scanning for line breaks by hand.
 *
 * <p>What a file can hold is JavaPoet's whole model; what this printer reproduces is what Specgen's emitters
 * build, and a little more. A file it cannot vouch for is printed by JavaPoet instead (see {@link Printed}), so
 * the text is always JavaPoet's. That is the case when:
 * <ul>
 * <li>the file has a file comment or static imports (the emitters build every file with
 *     {@code JavaFile.builder(package, type).skipJavaLangImports(true).indent("    ")}, nothing else;
 *     {@code skipJavaLangImports} may be either, the indent any Latin-1 text without a line break);
 * <li>it holds a construct JavaPoet itself fails on or that it prints oddly enough not to be worth copying (a type
 *     nested in an anonymous class, an annotated class whose simple name holds a dot);
 * <li>JavaPoet's internals cannot be read (see {@link PoetInternals}), or anything else goes wrong.
 * </ul>
 *
 * <p>Safe to call from several threads at once.
 */
public final class JavaFilePrinter {

    private static final LongAdder FALLBACKS = new LongAdder();
    /**
     * Each thread's output buffer, reused from file to file: grown to the size of the largest file so far, it saves
     * the copies of growing a new one for every file. Not kept past {@link #MAX_KEPT_OUTPUT_CAPACITY}, nor once it
     * holds wide characters.
     */
    private static final ThreadLocal<@Nullable StringBuilder> OUTPUT = new ThreadLocal<>();
    private static final int MAX_KEPT_OUTPUT_CAPACITY = 1 << 22;

    private JavaFilePrinter() {}

    /**
     * One printed file.
     *
     * @param source the text, always what {@code JavaFile.toString()} returns
     * @param fallbackReason why JavaPoet printed it instead of this printer, or null when this printer did
     */
    public record Printed(String source, @Nullable String fallbackReason) {

        public boolean usedFallback() {
            return fallbackReason != null;
        }
    }

    public static Printed print(JavaFile file) {
        String problem;
        try {
            return new Printed(printOrRefuse(file), null);
        } catch (UnsupportedConstruct e) {
            problem = e.getMessage();
        } catch (RuntimeException e) {
            // JavaPoet may fail the same way (it is then left to say so), or this printer has a bug: either way
            // JavaPoet's text, or its exception, is the answer.
            problem = e.toString();
        }
        FALLBACKS.increment();
        return new Printed(file.toString(), problem);
    }

    /**
     * How this printer's outcome for {@code file} falls short of JavaPoet: the file was left to JavaPoet, or the
     * text differs (the first line that does is shown); null when the printer printed JavaPoet's text itself. For
     * tests and checks of the printer: the file is printed again, by JavaPoet.
     */
    public static @Nullable String shortfall(JavaFile file, Printed printed) {
        String name = file.packageName() + "." + file.typeSpec().name();
        if (printed.usedFallback()) {
            return name + ": left to JavaPoet: " + printed.fallbackReason();
        }
        String javaPoet = file.toString();
        if (javaPoet.equals(printed.source())) {
            return null;
        }
        String source = printed.source();
        int at = 0;
        while (at < Math.min(javaPoet.length(), source.length()) && javaPoet.charAt(at) == source.charAt(at)) {
            at++;
        }
        int lineStart = javaPoet.lastIndexOf('\n', at - 1) + 1; // the same in both: they agree up to at
        int line = 1;
        for (int i = javaPoet.indexOf('\n'); i != -1 && i < lineStart; i = javaPoet.indexOf('\n', i + 1)) {
            line++;
        }
        return name + ": line " + line + ": JavaPoet [" + lineAt(javaPoet, lineStart) + "], printer ["
                + lineAt(source, lineStart) + "]";
    }

    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end == -1 ? text.length() : end);
    }

    /** How many files JavaPoet had to print since this class was loaded, for monitoring. */
    public static long fallbacks() {
        return FALLBACKS.sum();
    }

    private static String printOrRefuse(JavaFile file) {
        String unavailable = PoetInternals.unavailable();
        if (unavailable != null) {
            throw new UnsupportedConstruct(unavailable);
        }
        PoetInternals.FileSettings settings = PoetInternals.settings(file);
        if (!settings.fileComment().isEmpty()) {
            throw new UnsupportedConstruct("a file comment");
        }
        if (!settings.staticImports().isEmpty()) {
            throw new UnsupportedConstruct("static imports");
        }
        if (!isPlainIndent(settings.indent())) {
            throw new UnsupportedConstruct("an indent with a line break or a character outside Latin-1");
        }
        TypeSpec type = file.typeSpec();
        if (type.name() == null) {
            throw new UnsupportedConstruct("an anonymous top-level type");
        }
        String packageName = file.packageName();
        Set<String> alwaysQualify = settings.alwaysQualify();

        NameResolver collecting = NameResolver.collectingImports(packageName, alwaysQualify);
        new Rendering(SourceText.discarding(settings.indent()), collecting).types.write(type, null, ImplicitModifiers.NONE);
        Map<String, ClassName> imports = collecting.chosenImports();
        List<ClassName> sortedImports = new ArrayList<>(imports.values());
        sortedImports.sort(Comparator.comparing(ClassName::canonicalName));

        // The thread's buffer is taken out while in use, so that a print within a print (a $L argument whose
        // toString() prints a file) gets a buffer of its own, and a print that fails leaves none half written.
        StringBuilder kept = OUTPUT.get();
        StringBuilder out = kept != null ? kept : new StringBuilder(1 << 16);
        OUTPUT.set(null);
        out.setLength(0);
        SourceText text = SourceText.writingTo(out, settings.indent());
        new Rendering(text, NameResolver.withImports(packageName, alwaysQualify, imports))
                .writeFile(packageName, sortedImports, settings.skipJavaLangImports(), alwaysQualify, type);
        String source = out.toString();
        // A buffer that took a character outside Latin-1 stays two bytes a character, for every later file.
        if (!text.wroteWideCharacters() && out.capacity() <= MAX_KEPT_OUTPUT_CAPACITY) {
            OUTPUT.set(out);
        }
        return source;
    }

    /** Whether the indent is safe to write as it is: no line break, no wide character (see {@link SourceText}). */
    private static boolean isPlainIndent(String indent) {
        for (int i = 0; i < indent.length(); i++) {
            char c = indent.charAt(i);
            if (SourceText.isLineBreak(c) || c > '\u00FF') {
                return false;
            }
        }
        return true;
    }
}
