package dev.specgen.core.emit;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.specgen.core.Specgen;
import dev.specgen.core.testing.CompiledSources;
import dev.specgen.core.testing.Json;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.core.write.GeneratedFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code hostile-docs.yaml}: spec text that would break a Java file or its Javadoc if copied as it
 * is ({@code *}{@code /}, a backslash-u escape, {@code @param}, HTML, {@code {@link}}, JavaPoet's
 * {@code $} and format {@code %}) compiles without warnings, and javac reads exactly the escaped
 * text as the doc comment: the comment is neither cut short nor given tags the spec did not mean.
 */
class HostileDocsTest {

    private static final String PACKAGE = "dev.specgen.hostile";

    private static List<GeneratedFile> files;
    private static ClassLoader classes;
    /** Doc comments as javac reads them, by element ("Hostile", "HostileState#BAD", "package ..."). */
    private static Map<String, String> docs;

    @BeforeAll
    static void generate() {
        files = Specgen.emit(Specgen.read(TestSpecs.resource("hostile-docs.yaml")).model(), PACKAGE);
        CompiledSources compiled = CompiledSources.compile(files);
        assertThat(compiled.succeeded()).as(compiled.problems()).isTrue();
        assertThat(compiled.problems()).as("no warnings under -Xlint:all").isEmpty();
        classes = compiled.classLoader();

        DocComments collector = new DocComments();
        Compilation compilation = javac()
                .withProcessors(collector)
                .withOptions("--release", "17", "-proc:only")
                .compile(files.stream()
                        .filter(f -> f.relativePath().endsWith(".java"))
                        .map(f -> JavaFileObjects.forSourceString(
                                f.relativePath().replace('/', '.').replaceAll("\\.java$", ""), f.content()))
                        .toList());
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        docs = collector.docs;
    }

    @Test
    void noFileContainsAUnicodeEscapeOutsideAnEscapedBackslash() {
        // javac turns a backslash-u escape (u000a) into a line break before it even sees comments and strings.
        Pattern unicodeEscape = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\u");
        for (GeneratedFile file : files) {
            if (!file.relativePath().endsWith(".java")) {
                continue; // the client's Markdown page is not read by javac
            }
            assertThat(unicodeEscape.matcher(file.content()).find()).as(file.relativePath()).isFalse();
        }
    }

    @Test
    void schemaDescriptionIsEscapedAndComplete() {
        String doc = docs.get("Hostile");
        assertThat(doc).contains(
                "A \"title\" with *&#47; in it",
                "Schema description with *&#47; and /* and &#92;u000a and &#92;u002a/.",
                "&#64;param fake",
                "&#64;deprecated not really",
                "{&#64;link Object} &lt;script&gt;x&lt;/script&gt; $L %s $ 100%");
        assertThat(doc).doesNotContain("*/", "<script>", "{@link Object}", "\n@deprecated");
        // The whole comment is there: it ends with the last generated @param, not somewhere in the text.
        assertThat(doc.strip()).endsWith("@param weirdName a property whose name ends a comment"
                + " (JSON <code>weird*&#47;name</code>)");
    }

    @Test
    void propertyDescriptionsAreEscaped() {
        String doc = docs.get("Hostile");
        assertThat(doc).contains("@param text Property description *&#47; /* &#92;u000a &#64;param {&#64;link x}"
                + " &lt;script&gt; $N %s \"quotes\" (JSON <code>text</code>, required, default <code>\"a default with"
                + " *&#47; and &#92;&#92;u000a and &#92;\"quotes&#92;\" and $S %s\"</code>)");
        assertThat(docs.get("Hostile.Builder#text")).startsWith("Sets Property description *&#47; /* &#92;u000a");
    }

    @Test
    void enumDescriptionsAreEscaped() {
        assertThat(docs.get("HostileState")).startsWith(
                "Enum description *&#47; /* &#92;u000a &#64;param {&#64;link x} &lt;script&gt; $ %s");
        assertThat(docs.get("HostileState#OK")).isEqualTo(
                "<code>ok</code>: Fine *&#47; /* &#92;u000a &#64;param {&#64;link x} &lt;script&gt; $L %s");
        assertThat(docs.get("HostileState#BAD")).isEqualTo("<code>bad*&#47;</code>: Ends a comment *&#47;");
        assertThat(docs.get("HostileState.Value#BAD")).isEqualTo(docs.get("HostileState#BAD"));
        assertThat(docs.get("HostileState#A_U_000_AB")).isEqualTo(
                "<code>a&#92;u000ab</code>: Has a unicode escape &#92;u000a");
        assertThat(docs.get("HostileState#NONE")).contains("Looks like &lt;html&gt;");
    }

    @Test
    void infoTitleAndDescriptionAreEscaped() {
        String doc = docs.get("package " + PACKAGE);
        assertThat(doc).startsWith("Models of The \"Quoted\" API's title *&#47; with &#92;u000a and {&#64;link x},"
                + " version 1.0 \"beta\".");
        assertThat(doc).contains(
                "API description that ends a comment *&#47; and opens one /* here.",
                "A unicode escape &#92;u000a that javac would read as a line break, and &#92;u002a/ that it would"
                        + " read as *&#47;.",
                "&#64;param not a tag, {&#64;link NotALink}, &lt;script&gt;alert('x')&lt;/script&gt; &amp; friends.",
                "JavaPoet and format placeholders: $L $S $T $$ %s %d %n.",
                "Generated by Specgen");
    }

    @Test
    void textInCodeKeepsItsExactValue() throws Exception {
        Class<?> hostile = Class.forName(PACKAGE + ".Hostile", true, classes);
        Class<?> state = Class.forName(PACKAGE + ".HostileState", true, classes);
        assertThat(hostile.isAnnotationPresent(Deprecated.class)).as("@deprecated in a description is text").isFalse();

        Object builder = hostile.getMethod("builder").invoke(null);
        Object built = builder.getClass().getMethod("build").invoke(builder);
        assertThat(hostile.getMethod("text").invoke(built))
                .isEqualTo("a default with */ and \\u000a and \"quotes\" and $S %s");

        for (String value : List.of("ok", "bad*/", "a\\u000ab", "<none>", "x}y", "\"quoted\"")) {
            Object constant = state.getMethod("of", String.class).invoke(null, value);
            assertThat(state.getMethod("isKnown").invoke(constant)).as(value).isEqualTo(true);
            assertThat(state.getMethod("value").invoke(constant)).isEqualTo(value);
        }
        assertThat(state.getMethod("of", String.class).invoke(null, "bad*/")).isSameAs(state.getField("BAD").get(null));

        String json = "{\"state\": \"x}y\", \"text\": \"*/ \\\\u000a\", \"weird*/name\": \"w\"}";
        Object read = Json.MAPPER.readValue(json, hostile);
        assertThat(hostile.getMethod("weirdName").invoke(read)).isEqualTo("w");
        assertThat(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(read))).isEqualTo(Json.MAPPER.readTree(json));
    }

    /** Records the doc comment javac reads for every element of the compiled sources. */
    @SupportedAnnotationTypes("*")
    static final class DocComments extends AbstractProcessor {

        final Map<String, String> docs = new TreeMap<>();

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            for (Element root : round.getRootElements()) {
                collect(root, "");
            }
            return false;
        }

        private void collect(Element element, String owner) {
            String key;
            if (element instanceof PackageElement p) {
                key = "package " + p.getQualifiedName();
            } else if (element.getKind().isClass() || element.getKind().isInterface()
                    || element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.ENUM) {
                key = owner.isEmpty() ? element.getSimpleName().toString() : owner + "." + element.getSimpleName();
            } else {
                key = owner + "#" + element.getSimpleName();
            }
            String doc = processingEnv.getElementUtils().getDocComment(element);
            if (doc != null) {
                // javac keeps the space after each line's "*"; drop it, and the blank ends.
                docs.put(key, doc.lines().map(l -> l.startsWith(" ") ? l.substring(1) : l)
                        .collect(java.util.stream.Collectors.joining("\n")).strip());
            }
            if (!(element instanceof PackageElement)) {
                for (Element child : element.getEnclosedElements()) {
                    collect(child, key);
                }
            }
        }
    }
}
