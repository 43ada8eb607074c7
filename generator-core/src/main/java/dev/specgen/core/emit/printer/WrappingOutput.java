package dev.specgen.core.emit.printer;

/**
 * The text of one file, with JavaPoet's soft line wrapping at 100 columns. A wrapping point ({@code $W}, a space
 * that may become a line break, or {@code $Z}, nothing that may become one) is held open while the text after it
 * is collected; when that text would run past the limit before the next wrapping point or line break, the point
 * becomes a line break followed by the point's indentation, otherwise a space (or nothing).
 *
 * <p>The decision is made piece by piece, as JavaPoet makes it: the first piece that ends past column 100 wraps
 * the line, so a piece's boundaries never matter as long as no piece holds a line break (line breaks come through
 * {@link #newline()} alone).
 */
final class WrappingOutput {

    private static final int COLUMN_LIMIT = 100;

    /** What an open wrapping point becomes when the line does not need wrapping there. */
    private enum OpenPoint { NONE, SPACE, NOTHING }

    private final StringBuilder out;
    private final String indent;
    /** The text written since the open wrapping point, not yet in {@link #out}. */
    private final StringBuilder afterOpenPoint = new StringBuilder();
    private OpenPoint openPoint = OpenPoint.NONE;
    /** How many indents follow the line break if the open point wraps. */
    private int wrapIndentLevel;
    /** The characters since the last line break, the open point's space and the text after it included. */
    private int column;

    WrappingOutput(StringBuilder out, String indent) {
        this.out = out;
        this.indent = indent;
    }

    void append(String text) {
        append(text, 0, text.length());
    }

    /** Appends {@code text[start, end)}, which holds no line break and is not empty. */
    void append(String text, int start, int end) {
        int length = end - start;
        if (openPoint != OpenPoint.NONE) {
            if (column + length <= COLUMN_LIMIT) {
                afterOpenPoint.append(text, start, end);
                column += length;
                return;
            }
            closeOpenPoint(true);
        }
        if (length == text.length()) {
            out.append(text); // copies the whole array, where a range is copied char by char
        } else {
            out.append(text, start, end);
        }
        column += length;
    }

    void newline() {
        if (openPoint != OpenPoint.NONE) {
            closeOpenPoint(column > COLUMN_LIMIT);
        }
        out.append('\n');
        column = 0;
    }

    /** A space, or a line break and {@code indentLevel} indents if the text up to the next point is too long. */
    void wrappingSpace(int indentLevel) {
        if (openPoint != OpenPoint.NONE) {
            closeOpenPoint(false);
        }
        column++; // counted now, although the space is written only when the point closes
        openPoint = OpenPoint.SPACE;
        wrapIndentLevel = indentLevel;
    }

    /** Nothing, or a line break and {@code indentLevel} indents if the text up to the next point is too long. */
    void zeroWidthSpace(int indentLevel) {
        if (column == 0) {
            return;
        }
        if (openPoint != OpenPoint.NONE) {
            closeOpenPoint(false);
        }
        openPoint = OpenPoint.NOTHING;
        wrapIndentLevel = indentLevel;
    }

    /**
     * The last character written for good, as JavaPoet sees it: text held after an open wrapping point does not
     * count yet. {@link Character#MIN_VALUE} before anything is written.
     */
    char lastChar() {
        int length = out.length();
        return length == 0 ? Character.MIN_VALUE : out.charAt(length - 1);
    }

    private void closeOpenPoint(boolean wrap) {
        if (wrap) {
            out.append('\n');
            for (int i = 0; i < wrapIndentLevel; i++) {
                out.append(indent);
            }
            column = wrapIndentLevel * indent.length() + afterOpenPoint.length();
        } else if (openPoint == OpenPoint.SPACE) {
            out.append(' ');
        }
        out.append(afterOpenPoint);
        afterOpenPoint.setLength(0);
        openPoint = OpenPoint.NONE;
    }
}
