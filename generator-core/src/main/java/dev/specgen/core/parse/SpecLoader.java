package dev.specgen.core.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.model.SourceLocation;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.reference.DereferencerContext;
import io.swagger.v3.parser.reference.DereferencersFactory;
import io.swagger.v3.parser.reference.OpenAPIDereferencer;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a spec file (OpenAPI 3.0 or 3.1, YAML or JSON; Swagger 2.0 through the parser's converter)
 * and resolves its references, including those to other files.
 *
 * <p>The syntax is read first by this class, so that a malformed file gets an error with its line
 * and column rather than the parser's bare "could not parse"; the tree is then handed to Swagger
 * Parser, so the file is read once.
 */
final class SpecLoader {

    /** Larger files are refused before reading: a spec this big is a mistake, not an API. */
    static final long MAX_SPEC_BYTES = 256L * 1024 * 1024;

    static {
        // SnakeYAML refuses documents over 3 MB by default, and Stripe's spec is 4 MB; Specgen reads
        // such files as they are, without asking the user for a system property.
        DeserializationUtils.getOptions().setMaxYamlCodePoints(Integer.MAX_VALUE);
    }

    /**
     * @param examples whether the caller reads examples; when it does not, they (and object-valued
     *     extensions) are removed before Swagger Parser sees the document, and no raw tree is kept
     */
    LoadedSpec load(Path specFile, ApiModelReader.Examples examples) {
        Path file = specFile.toAbsolutePath().normalize();
        SourceLocation whole = new SourceLocation(file, "");
        // The file's bytes are not kept in a local: this method runs a couple of times per process, so it
        // stays interpreted, and an interpreted frame would keep them reachable until it returns.
        JsonNode tree = readTree(read(file, whole), whole);
        List<Diagnostic> missingFiles = ExternalRefs.missingFiles(file, tree);
        if (!missingFiles.isEmpty()) {
            throw new SpecException(missingFiles);
        }
        boolean keepExamples = examples == ApiModelReader.Examples.COLLECT;
        if (!keepExamples) {
            ExampleFreeTree.prune(tree);
        }

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(false);
        options.setFlatten(false);
        options.setValidateExternalRefs(true);

        SwaggerParseResult result;
        if (tree.has("swagger")) {
            result = new OpenAPIParser().readLocation(file.toUri().toString(), null, options);
        } else {
            // parseJsonNode only deserializes; readLocation would resolve, but read the file again.
            result = new OpenAPIV3Parser().parseJsonNode(file.toUri().toString(), tree, options);
            resolveReferences(result, file.toUri().toString(), options);
        }
        List<Diagnostic> warnings = new ArrayList<>();
        List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
        ParserMessages.classify(messages, file, warnings);
        // Swagger Parser warns about a misshapen schema or reference (and leaves a null in its place), so only
        // a document it warned about is walked to find them: the walk costs a few tenths of a second on
        // GitHub's spec, about which the parser says nothing.
        List<Diagnostic> misshapen = messages.isEmpty() ? List.of() : SchemaShapes.check(tree, whole);
        if (!misshapen.isEmpty()) {
            List<Diagnostic> errors = new ArrayList<>(misshapen);
            errors.addAll(warnings);
            throw new SpecException(errors);
        }
        if (result == null || result.getOpenAPI() == null) {
            List<Diagnostic> errors = new ArrayList<>();
            errors.add(Diagnostic.error(
                    "unusable-spec",
                    "Swagger Parser could not read this file as OpenAPI",
                    whole,
                    "check that it is an OpenAPI 3.x or Swagger 2.0 document"));
            errors.addAll(warnings);
            throw new SpecException(errors);
        }
        return new LoadedSpec(file, result.getOpenAPI(), keepExamples ? new RawTree(file, tree) : RawTree.empty(file),
                ExternalRefs.referencedFiles(file, tree), warnings);
    }

    /**
     * Resolves the references of a deserialized document as {@code OpenAPIV3Parser.readLocation} does
     * (that method is not usable here, since it reads the file again): references to other files are
     * loaded and put into {@code components}. A reference to a file that cannot be read stays as it
     * is; {@link SchemaTranslator} reports it with its location.
     */
    private static void resolveReferences(@Nullable SwaggerParseResult result, String location, ParseOptions options) {
        if (result == null || result.getOpenAPI() == null) {
            return;
        }
        if (result.getMessages() == null) {
            result.setMessages(new ArrayList<>());
        }
        try {
            String version = result.getOpenAPI().getOpenapi();
            if (version != null && version.startsWith("3.1")) {
                DereferencerContext context =
                        new DereferencerContext(result, new ArrayList<>(), location, options, null, null, true);
                List<OpenAPIDereferencer> dereferencers = DereferencersFactory.getInstance().getDereferencers();
                if (!dereferencers.isEmpty()) {
                    dereferencers.iterator().next().dereference(context, dereferencers.iterator());
                }
            } else {
                new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), location, null, options).resolve(result);
            }
        } catch (RuntimeException e) {
            result.getMessages().add("could not resolve references: " + e.getMessage());
        }
    }

    /**
     * The file's bytes, checked to be UTF-8 and not blank. Kept as bytes, which Jackson parses directly:
     * decoding a large spec into a String first would cost a second, twice as large, copy of it.
     */
    private static byte[] read(Path file, SourceLocation whole) {
        try {
            if (!Files.isRegularFile(file)) {
                throw SpecException.of(Diagnostic.error(
                        "file-not-found", "spec file does not exist or is not a regular file", whole,
                        "check the path"));
            }
            long size = Files.size(file);
            if (size > MAX_SPEC_BYTES) {
                throw SpecException.of(Diagnostic.error(
                        "spec-too-large",
                        "spec file is " + size + " bytes, more than the " + MAX_SPEC_BYTES + " Specgen reads",
                        whole,
                        "split the spec into several files joined by $ref"));
            }
            byte[] content = Files.readAllBytes(file);
            if (!isUtf8(content)) {
                throw SpecException.of(Diagnostic.error(
                        "not-utf8", "spec file is not UTF-8 text", whole, "save the file as UTF-8"));
            }
            if (firstContentByte(content) < 0) {
                throw SpecException.of(Diagnostic.error(
                        "empty-spec", "spec file is empty", whole, "write an OpenAPI document into it"));
            }
            return content;
        } catch (IOException e) {
            throw SpecException.of(Diagnostic.error(
                    "unreadable-spec", "cannot read spec file: " + e.getMessage(), whole, null));
        }
    }

    /** Whether the bytes are valid UTF-8, checked in small chunks so that nothing large is allocated. */
    private static boolean isUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }

    /** The first byte that is not whitespace or a byte order mark, or -1 when there is none. */
    private static int firstContentByte(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        for (int i = start; i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b & 0xff;
            }
        }
        return -1;
    }

    private static JsonNode readTree(byte[] content, SourceLocation whole) {
        int first = firstContentByte(content);
        boolean json = first == '{' || first == '[';
        ObjectMapper mapper = SpecTrees.readerFor(first);
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            if (e instanceof StreamConstraintsException && e.getOriginalMessage().contains("nesting depth")) {
                throw NestingLimit.tooDeep(content, first, whole);
            }
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                // Jackson's location is that of the last token read, which can be lines before the
                // problem (a tab, an unclosed quote); SnakeYAML's problem mark is where it really is.
                throw SpecException.of(Diagnostic.error("malformed-yaml", "malformed YAML: " + yamlProblem(yaml),
                        whole, "fix the syntax at the line shown").withLine(yaml.getProblemMark().getLine() + 1));
            }
            JsonLocation where = e.getLocation();
            Diagnostic error = Diagnostic.error(
                    "malformed-" + (json ? "json" : "yaml"),
                    (json ? "malformed JSON: " : "malformed YAML: ") + e.getOriginalMessage().lines().findFirst().orElse(""),
                    whole,
                    "fix the syntax at the line shown");
            throw SpecException.of(where == null ? error : error.withLine(where.getLineNr()));
        } catch (IOException e) {
            // Reading from memory fails only the way parsing does.
            throw SpecException.of(Diagnostic.error(
                    "malformed-" + (json ? "json" : "yaml"), "cannot read spec: " + e.getMessage(), whole, null));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (depth, aliases) as unchecked exceptions.
            throw SpecException.of(Diagnostic.error(
                    "malformed-" + (json ? "json" : "yaml"), "cannot read spec: " + e.getMessage(), whole, null));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw SpecException.of(Diagnostic.error(
                    "empty-spec", "spec file has no document in it", whole, "write an OpenAPI document into it"));
        }
        if (!tree.isObject()) {
            throw SpecException.of(Diagnostic.error(
                    "not-an-object",
                    "spec is " + article(tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)) + ", not an object",
                    whole,
                    "an OpenAPI document is a mapping with 'openapi', 'info' and 'paths' at the top"));
        }
        if (!tree.has("openapi") && !tree.has("swagger")) {
            throw SpecException.of(Diagnostic.error(
                    "not-openapi",
                    "document has neither an 'openapi' nor a 'swagger' field",
                    whole,
                    "add 'openapi: 3.0.3' (or the version the spec follows) at the top"));
        }
        return tree;
    }

    /** SnakeYAML's problem, with the context it names ("while scanning a quoted scalar") and its position. */
    private static String yamlProblem(MarkedYAMLException e) {
        StringBuilder text = new StringBuilder();
        if (e.getContext() != null) {
            text.append(e.getContext());
            if (e.getContextMark() != null) {
                text.append(" (line ").append(e.getContextMark().getLine() + 1).append(')');
            }
            text.append(": ");
        }
        text.append(e.getProblem() == null ? "syntax error" : e.getProblem());
        text.append(" at line ").append(e.getProblemMark().getLine() + 1)
                .append(", column ").append(e.getProblemMark().getColumn() + 1);
        return text.toString();
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
