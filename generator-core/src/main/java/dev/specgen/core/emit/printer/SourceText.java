package dev.specgen.core.emit.printer;

import java.util.Arrays;

/**
 * Where the printed text goes, line by line, with JavaPoet's layout rules: indentation written lazily (only
 * before a line's first character, so that blank lines stay empty), {@code " * "} before each Javadoc line,
 * continuation lines of a statement ({@code $[ ... $]}) indented twice more, and line breaks being any of
 * {@code \n}, {@code \r\n}, {@code \r}, {@code \u000B}, {@code \f}, {@code \u0085}, {@code \u2028} and
 * {@code \u2029} (what JavaPoet's {@code \R} split recognizes), each written as {@code \n}.
 *
 * <p>A discarding text writes nothing and keeps no layout state: it serves the first pass over a file, which
 * only looks at the type names to choose the imports.
 */
final class SourceText {

    private final WrappingOutput out;
    private final String indent;
    private final boolean discarding;
    private String[] indentations = new String[8];
    private int indentLevel;
    private boolean javadoc;
    /** Whether nothing was written since the last line break: the next text needs its indentation first. */
    private boolean atLineStart;
    /** Whether a character outside Latin-1 was written: the output buffer then holds two bytes a character. */
    private boolean wroteWideCharacters;
    /** Line of the statement being written, counted from 0; -1 outside a statement. */
    private int statementLine = -1;

    private SourceText(WrappingOutput out, String indent, boolean discarding) {
        this.out = out;
        this.indent = indent;
        this.discarding = discarding;
    }

    static SourceText writingTo(StringBuilder out, String indent) {
        return new SourceText(new WrappingOutput(out, indent), indent, false);
    }

    static SourceText discarding(String indent) {
        return new SourceText(new WrappingOutput(new StringBuilder(0), indent), indent, true);
    }

    boolean discarding() {
        return discarding;
    }

    String indent() {
        return indent;
    }

    void emit(String text) {
        emit(text, 0, text.length());
    }

    /**
     * Emits {@code text[start, end)}, line by line. (Strings only: scanning through {@code CharSequence} costs an
     * interface call per character where the JIT cannot tell which class it has.)
     */
    void emit(String text, int start, int end) {
        if (discarding) {
            return;
        }
        int lineStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c > '\r' && c < '\u0085') {
                i++; // most characters: neither a line break nor wide
            } else if (isLineBreak(c)) {
                emitLine(text, lineStart, i);
                breakLine();
                i += c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n' ? 2 : 1;
                lineStart = i;
            } else {
                wroteWideCharacters |= c > '\u00FF';
                i++;
            }
        }
        emitLine(text, lineStart, end);
    }

    /** Whether {@code c} is one of the characters JavaPoet breaks lines at. */
    static boolean isLineBreak(char c) {
        // Ordered so that most characters (between \r and \u0085) take two comparisons.
        return c <= '\r' ? c >= '\n' : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    private void emitLine(String text, int start, int end) {
        if (start == end) {
            return; // an empty line gets no indentation
        }
        if (atLineStart) {
            writeIndentation();
            if (javadoc) {
                out.append(" * ");
            }
        }
        out.append(text, start, end);
        atLineStart = false;
    }

    private void breakLine() {
        if (javadoc && atLineStart) {
            writeIndentation(); // a blank Javadoc line still gets its " *"
            out.append(" *");
        }
        out.newline();
        atLineStart = true;
        if (statementLine != -1) {
            if (statementLine == 0) {
                indent(2); // the statement goes on over more lines: indent its continuation
            }
            statementLine++;
        }
    }

    private void writeIndentation() {
        if (indentLevel > 0) {
            out.append(indentation(indentLevel));
        }
    }

    /** {@code levels} indents, kept once made: most lines start with one of a few. */
    private String indentation(int levels) {
        if (levels >= indentations.length) {
            indentations = Arrays.copyOf(indentations, levels + 4);
        }
        String indentation = indentations[levels];
        if (indentation == null) {
            indentation = indent.repeat(levels);
            indentations[levels] = indentation;
        }
        return indentation;
    }

    void indent(int levels) {
        indentLevel += levels;
    }

    void unindent(int levels) {
        if (indentLevel - levels < 0 && !discarding) {
            throw new IllegalArgumentException("cannot unindent " + levels + " from " + indentLevel);
        }
        indentLevel -= levels;
    }

    /** {@code $W}: a space, or a line break if the line would be too long. */
    void wrappingSpace() {
        if (!discarding) {
            out.wrappingSpace(indentLevel + 2);
        }
    }

    /** {@code $Z}: nothing, or a line break if the line would be too long. */
    void zeroWidthSpace() {
        if (!discarding) {
            out.zeroWidthSpace(indentLevel + 2);
        }
    }

    /** {@code $[}. */
    void beginStatement() {
        if (statementLine != -1 && !discarding) {
            throw new IllegalStateException("statement enter $[ followed by statement enter $[");
        }
        statementLine = 0;
    }

    /** {@code $]}. */
    void endStatement() {
        if (statementLine == -1 && !discarding) {
            throw new IllegalStateException("statement exit $] has no matching statement enter $[");
        }
        if (statementLine > 0) {
            unindent(2); // end of a statement written over several lines
        }
        statementLine = -1;
    }

    /** The statement state, which a type declared inside a statement (an anonymous class) sets aside. */
    int statementLine() {
        return statementLine;
    }

    void restoreStatementLine(int line) {
        statementLine = line;
    }

    void javadoc(boolean inJavadoc) {
        javadoc = inJavadoc;
    }

    boolean wroteWideCharacters() {
        return wroteWideCharacters;
    }

    /** Whether the text written for good so far ends with a line break (JavaPoet's "ensure trailing newline"). */
    boolean endsWithNewline() {
        return out.lastChar() == '\n';
    }
}
