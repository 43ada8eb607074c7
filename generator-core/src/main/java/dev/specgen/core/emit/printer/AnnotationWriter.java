package dev.specgen.core.emit.printer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes annotations as JavaPoet does. Inline ones (on parameters, type uses, in code) keep their members on one
 * line; the others ({@code @Deprecated} on a declaration) put each member of several on a line of its own,
 * indented twice:
 *
 * <pre>
 * &#64;Column(
 *     name = "updated_at",
 *     nullable = false
 * )
 * </pre>
 *
 * A lone {@code value} member is written without its name, and a member with several values as an array.
 */
final class AnnotationWriter {

    private final Rendering rendering;

    AnnotationWriter(Rendering rendering) {
        this.rendering = rendering;
    }

    /** Writes each annotation followed by a space (inline) or a line break. */
    void writeAll(List<AnnotationSpec> annotations, boolean inline) {
        for (int i = 0, count = annotations.size(); i < count; i++) {
            AnnotationSpec annotation = annotations.get(i);
            write(annotation, inline);
            rendering.text.emit(inline ? " " : "\n");
        }
    }

    void write(AnnotationSpec annotation, boolean inline) {
        SourceText text = rendering.text;
        Map<String, List<CodeBlock>> members = annotation.members();
        text.emit("@");
        rendering.typeNames.write(annotation.type());
        if (members.isEmpty()) {
            return;
        }
        String lineBreak = inline ? "" : "\n";
        String memberSeparator = inline ? ", " : ",\n";
        if (members.size() == 1 && members.containsKey("value")) {
            text.emit("(");
            writeValues(members.get("value"), lineBreak, memberSeparator);
            text.emit(")");
            return;
        }
        text.emit("(");
        text.emit(lineBreak);
        text.indent(2);
        for (Iterator<Map.Entry<String, List<CodeBlock>>> i = members.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, List<CodeBlock>> member = i.next();
            text.emit(member.getKey());
            text.emit(" = ");
            writeValues(member.getValue(), lineBreak, memberSeparator);
            if (i.hasNext()) {
                text.emit(memberSeparator);
            }
        }
        text.unindent(2);
        text.emit(lineBreak);
        text.emit(")");
    }

    private void writeValues(List<CodeBlock> values, String lineBreak, String separator) {
        SourceText text = rendering.text;
        if (values.size() == 1) {
            text.indent(2);
            rendering.code.write(values.get(0));
            text.unindent(2);
            return;
        }
        text.emit("{");
        text.emit(lineBreak);
        text.indent(2);
        for (int i = 0, count = values.size(); i < count; i++) {
            if (i > 0) {
                text.emit(separator);
            }
            rendering.code.write(values.get(i));
        }
        text.unindent(2);
        text.emit(lineBreak);
        text.emit("}");
    }
}
