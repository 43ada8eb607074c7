package dev.specgen.core.emit.printer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link CodeBlock} from its format parts (JavaPoet has already split the format into literal text and
 * two-character placeholders, so nothing is parsed here): {@code $L} a literal (a nested code block, an anonymous
 * class, an inline annotation, or any other value's {@code String.valueOf}), {@code $N} a name, {@code $S} a string
 * literal, {@code $T} a type name, {@code $$} a dollar sign, {@code $>}/{@code $<} one indent more/less,
 * {@code $[}/{@code $]} a statement's start/end, {@code $W}/{@code $Z} a wrapping space/point.
 */
final class CodeBlockWriter {

    private final Rendering rendering;
    /** Reused for each {@code $S} literal, which is built whole before it is written line by line. */
    private final StringBuilder literal = new StringBuilder();

    CodeBlockWriter(Rendering rendering) {
        this.rendering = rendering;
    }

    void write(CodeBlock block) {
        write(block, false);
    }

    /** @param ensureTrailingNewline whether to end with a line break unless the block ends with one */
    void write(CodeBlock block, boolean ensureTrailingNewline) {
        SourceText text = rendering.text;
        List<Object> args = PoetInternals.args(block);
        if (text.discarding() && visitedWithoutText(args)) {
            return;
        }
        List<String> parts = PoetInternals.formatParts(block);
        int argument = 0;
        for (int i = 0, n = parts.size(); i < n; i++) {
            String part = parts.get(i);
            if (part.length() != 2 || part.charAt(0) != '$') {
                text.emit(part);
                continue;
            }
            switch (part.charAt(1)) {
                case 'L' -> writeLiteral(args.get(argument++));
                case 'N' -> text.emit((String) args.get(argument++));
                case 'S' -> writeString((String) args.get(argument++));
                case 'T' -> rendering.typeNames.write((TypeName) args.get(argument++));
                case '$' -> text.emit("$");
                case '>' -> text.indent(1);
                case '<' -> text.unindent(1);
                case '[' -> text.beginStatement();
                case ']' -> text.endStatement();
                case 'W' -> text.wrappingSpace();
                case 'Z' -> text.zeroWidthSpace();
                default -> text.emit(part);
            }
        }
        if (ensureTrailingNewline && !text.discarding() && !text.endsWithNewline()) {
            text.emit("\n");
        }
    }

    /**
     * For the pass that only looks at type names: visits the nested blocks, classes and annotations among the
     * arguments, unless a type name is among them, which may be a {@code $T} (to look at) or a {@code $L} (printed
     * by JavaPoet's {@code toString()}, not to look at): only the format parts tell, and the caller reads them.
     *
     * @return whether the block is done with
     */
    private boolean visitedWithoutText(List<Object> args) {
        for (int i = 0, count = args.size(); i < count; i++) {
            if (args.get(i) instanceof TypeName) {
                return false;
            }
        }
        for (int i = 0, count = args.size(); i < count; i++) {
            Object arg = args.get(i);
            if (arg instanceof CodeBlock || arg instanceof TypeSpec || arg instanceof AnnotationSpec) {
                writeLiteral(arg); // $L is the only placeholder that takes them
            }
        }
        return true;
    }

    private void writeLiteral(@Nullable Object value) {
        if (value instanceof CodeBlock block) {
            write(block);
        } else if (value instanceof TypeSpec type) {
            rendering.types.write(type, null, ImplicitModifiers.NONE);
        } else if (value instanceof AnnotationSpec annotation) {
            rendering.annotations.write(annotation, true);
        } else if (!rendering.text.discarding()) {
            rendering.text.emit(String.valueOf(value));
        }
    }

    private void writeString(@Nullable String value) {
        if (rendering.text.discarding()) {
            return;
        }
        if (value == null) {
            rendering.text.emit("null");
            return;
        }
        literal.setLength(0);
        StringLiterals.appendLiteral(literal, value, rendering.text.indent());
        rendering.text.emit(literal.toString());
    }
}
