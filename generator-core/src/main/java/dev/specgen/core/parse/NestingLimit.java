package dev.specgen.core.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.model.SourceLocation;
import java.io.IOException;

/**
 * How deeply a spec document may nest, and the error for one that nests deeper.
 *
 * <p>Swagger Parser's deserializer and resolver, the schema translators, the emitters and JavaPoet all
 * recurse into nested schemas, so a document nested deeply enough ends in a {@link StackOverflowError}
 * somewhere in them; which stage fails first depends on the thread's stack. The reader itself enforces the
 * limit while parsing ({@link SpecTrees}), at no cost, so a deep document is refused before any of them
 * runs, with one located error. The limit is far above real APIs (GitHub's, Stripe's and Twilio's
 * descriptions nest 16 to 24 levels) and far below what a default 1 MiB thread stack survives in every
 * stage (documents nested 400 levels deep were read and emitted on one).
 */
final class NestingLimit {

    /**
     * The deepest a document may nest, counting every JSON object and array from the root (the document
     * itself is level 1). A schema nested in {@code properties} takes two levels per step, one in
     * {@code allOf} two, one in {@code items} one.
     */
    static final int MAX_DEPTH = 256;

    /**
     * The nesting limit of the reader that finds where a refused document is too deep: above
     * {@link #MAX_DEPTH}, since that reader stops at the first place deeper than that itself.
     */
    static final int PARSER_MAX_DEPTH = 2 * MAX_DEPTH;

    private NestingLimit() {}

    /**
     * The error for a document the reader refused as nested too deeply, at the first place (in document order)
     * that is too deep: the document is streamed again, token by token, without building anything, up to that
     * place. Only refused documents pay for this.
     *
     * @param first the document's first non-blank character, which says whether it is JSON or YAML
     */
    static SpecException tooDeep(byte[] content, int first, SourceLocation whole) {
        try (JsonParser parser = SpecTrees.deepReaderFor(first).getFactory().createParser(content)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructEnd()) {
                    depth--;
                } else if (token.isStructStart() && ++depth > MAX_DEPTH) {
                    // The new container's own context has no name yet; its parent's names the container.
                    String pointer = parser.getParsingContext().getParent().pathAsPointer().toString();
                    return SpecException.of(tooDeep(new SourceLocation(whole.file(), pointer))
                            .withLine(parser.currentLocation().getLineNr()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The reader failed where it did the first time; the error below is still the right one.
        }
        return SpecException.of(tooDeep(whole));
    }

    private static Diagnostic tooDeep(SourceLocation at) {
        return Diagnostic.error(
                "too-deep",
                "the document nests objects and arrays more than " + MAX_DEPTH + " levels deep here, more than"
                        + " Specgen reads (schemas nested that deep cannot become readable Java types)",
                at,
                "move nested schemas into components/schemas and refer to them with $ref");
    }
}
