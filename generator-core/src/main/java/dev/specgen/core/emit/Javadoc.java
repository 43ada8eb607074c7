package dev.specgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.core.model.Docs;
import org.jspecify.annotations.Nullable;

/**
 * Turns spec text into Javadoc that cannot break the file it is in: a description containing
 * {@code *}{@code /} would end the comment, {@code \}{@code u000a} would be read by javac as a line
 * break, and a bare {@code @} or {@code <} would be taken for a tag or HTML.
 */
public final class Javadoc {

    private Javadoc() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && normalized.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Spec text shown as code. {@code <code>} rather than the inline code tag, because inside that tag
     * HTML escapes would show literally and a {@code '}'} would end it early.
     */
    public static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    /**
     * The Javadoc body for an element: summary, then description, as paragraphs. A description that only repeats
     * the summary is left out (154 schemas of GitHub's spec have the same title and description).
     */
    public static CodeBlock of(Docs docs) {
        CodeBlock.Builder block = CodeBlock.builder();
        boolean first = true;
        String description = docs.summary() != null && docs.description() != null
                && docs.summary().strip().equals(docs.description().strip()) ? null : docs.description();
        for (String part : new String[] {docs.summary(), description}) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (!first) {
                block.add("\n<p>");
            }
            block.add("$L\n", paragraphs(escape(part)));
            first = false;
        }
        return block.build();
    }

    /**
     * The element's own text from the spec ({@link #of}), or {@code fallback} when the spec gives none: the opening
     * of every generated type's Javadoc.
     */
    public static CodeBlock orElse(Docs docs, CodeBlock fallback) {
        CodeBlock described = of(docs);
        return described.isEmpty() ? fallback : described;
    }

    /** Blank lines in spec text become paragraph breaks, which Javadoc otherwise ignores. */
    private static String paragraphs(String escaped) {
        return escaped.replaceAll("\n\\s*\n", "\n\n<p>");
    }

    public static @Nullable String firstSentenceOrNull(Docs docs) {
        String text = docs.summary() != null ? docs.summary() : docs.description();
        return text == null || text.isBlank() ? null : escape(text);
    }
}
