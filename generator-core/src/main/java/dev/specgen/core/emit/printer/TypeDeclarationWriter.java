package dev.specgen.core.emit.printer;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Writes type declarations as JavaPoet does: a class, record, interface, enum or annotation type with its header
 * ({@code extends}, {@code implements} one per line when there are more than three, {@code permits}, a record's
 * components), and its members in JavaPoet's order (enum constants, static fields, the static block, instance
 * fields, the initializer block, a record's canonical constructor, constructors, methods, nested types) separated
 * by blank lines. Anonymous classes and enum constants with a body are written the same way, without a header.
 */
final class TypeDeclarationWriter {

    private final Rendering rendering;

    TypeDeclarationWriter(Rendering rendering) {
        this.rendering = rendering;
    }

    /**
     * @param enumConstant the constant's name when {@code type} is an enum constant's body, else null
     * @param implicitModifiers the modifiers the enclosing type implies for its nested types, not written (a mask of
     *     {@link ImplicitModifiers})
     */
    void write(TypeSpec type, @Nullable String enumConstant, int implicitModifiers) {
        SourceText text = rendering.text;
        // A type declared inside a statement (an anonymous class) starts its own statements.
        int enclosingStatementLine = text.statementLine();
        text.restoreStatementLine(-1);
        try {
            if (enumConstant != null) {
                if (!writeEnumConstantHead(type, enumConstant)) {
                    return; // a constant without a body
                }
            } else if (type.anonymousTypeArguments() != null) {
                writeAnonymousClassHead(type);
            } else {
                writeHeader(type, implicitModifiers);
            }
            writeBody(type);
            text.emit("}");
            if (enumConstant == null && type.anonymousTypeArguments() == null) {
                text.emit("\n");
            }
        } finally {
            text.restoreStatementLine(enclosingStatementLine);
        }
    }

    /** @return whether the constant has a body, which then follows */
    private boolean writeEnumConstantHead(TypeSpec constant, String name) {
        SourceText text = rendering.text;
        rendering.members.writeJavadoc(constant.javadoc());
        rendering.annotations.writeAll(constant.annotations(), false);
        text.emit(name);
        if (!constant.anonymousTypeArguments().isEmpty()) {
            text.emit("(");
            rendering.code.write(constant.anonymousTypeArguments());
            text.emit(")");
        }
        if (constant.fieldSpecs().isEmpty() && constant.methodSpecs().isEmpty() && constant.typeSpecs().isEmpty()) {
            return false;
        }
        text.emit(" {\n");
        return true;
    }

    private void writeAnonymousClassHead(TypeSpec type) {
        SourceText text = rendering.text;
        TypeName supertype = type.superinterfaces().isEmpty() ? type.superclass() : type.superinterfaces().get(0);
        text.emit("new ");
        rendering.typeNames.write(supertype);
        text.emit("(");
        rendering.code.write(type.anonymousTypeArguments());
        text.emit(") {\n");
    }

    private void writeHeader(TypeSpec type, int implicitModifiers) {
        SourceText text = rendering.text;
        // While the header is written, the type's own name resolves to it but its nested types' names do not.
        rendering.names.enterType(type.name(), Set.of());
        MethodSpec recordConstructor = PoetInternals.recordConstructor(type);
        rendering.members.writeJavadoc(type.javadoc(),
                recordConstructor != null ? recordConstructor.parameters() : List.of());
        rendering.annotations.writeAll(type.annotations(), false);
        rendering.members.writeModifiers(type.modifiers(), implicitModifiers | ImplicitModifiers.asMember(type.kind()));
        text.emit(keyword(type.kind()));
        text.emit(" ");
        text.emit(type.name());
        rendering.members.writeTypeVariables(type.typeVariables());
        if (type.kind() == TypeSpec.Kind.RECORD) {
            if (recordConstructor != null) {
                rendering.members.writeParameters(recordConstructor.parameters(), recordConstructor.varargs());
            } else {
                rendering.members.writeParameters(List.of(), false);
            }
        }
        if (type.kind() == TypeSpec.Kind.INTERFACE) {
            writeTypeList(" extends", type.superinterfaces());
        } else {
            if (!TypeNameWriter.isPlainObject(type.superclass())) {
                writeTypeList(" extends", List.of(type.superclass()));
            }
            writeTypeList(" implements", type.superinterfaces());
        }
        List<TypeName> permitted = PoetInternals.permittedSubclasses(type);
        if (!permitted.isEmpty()) {
            text.emit(" permits");
            for (int i = 0, count = permitted.size(); i < count; i++) {
                text.emit(i == 0 ? " " : ", ");
                rendering.typeNames.write(permitted.get(i));
            }
        }
        rendering.names.exitType();
        text.emit(" {\n");
    }

    /** {@code keyword A, B}; more than three types go one per line, indented twice. */
    private void writeTypeList(String keyword, List<TypeName> types) {
        if (types.isEmpty()) {
            return;
        }
        SourceText text = rendering.text;
        text.emit(keyword);
        boolean onePerLine = types.size() > 3;
        text.indent(2);
        for (int i = 0, count = types.size(); i < count; i++) {
            if (i > 0) {
                text.emit(",");
            }
            text.emit(i > 0 && onePerLine ? "\n" : " ");
            rendering.typeNames.write(types.get(i));
        }
        text.unindent(2);
    }

    private void writeBody(TypeSpec type) {
        SourceText text = rendering.text;
        MemberWriter members = rendering.members;
        rendering.names.enterType(type.name(), type.nestedTypesSimpleNames());
        text.indent(1);
        Separator separator = new Separator(text);
        boolean moreThanConstants =
                !type.fieldSpecs().isEmpty() || !type.methodSpecs().isEmpty() || !type.typeSpecs().isEmpty();
        boolean constantsNeedSemicolon = type.kind() == TypeSpec.Kind.ENUM && moreThanConstants;
        for (Iterator<Map.Entry<String, TypeSpec>> i = type.enumConstants().entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, TypeSpec> constant = i.next();
            separator.beforeMember();
            write(constant.getValue(), constant.getKey(), ImplicitModifiers.NONE);
            if (i.hasNext()) {
                text.emit(",\n");
            } else if (!constantsNeedSemicolon) {
                text.emit("\n");
            }
        }
        if (constantsNeedSemicolon) {
            text.emit(";\n");
        }
        int implicitFieldModifiers = ImplicitModifiers.ofFields(type.kind());
        writeFields(type.fieldSpecs(), true, implicitFieldModifiers, separator);
        if (!type.staticBlock().isEmpty()) {
            separator.beforeMember();
            rendering.code.write(type.staticBlock());
        }
        writeFields(type.fieldSpecs(), false, implicitFieldModifiers, separator);
        if (!type.initializerBlock().isEmpty()) {
            separator.beforeMember();
            rendering.code.write(type.initializerBlock());
        }
        int implicitMethodModifiers = ImplicitModifiers.ofMethods(type.kind());
        MethodSpec recordConstructor = PoetInternals.recordConstructor(type);
        if (recordConstructor != null && !recordConstructor.code().isEmpty()) {
            separator.beforeMember();
            members.writeMethod(recordConstructor, type.name(), implicitMethodModifiers);
        }
        writeMethods(type, true, implicitMethodModifiers, separator);
        writeMethods(type, false, implicitMethodModifiers, separator);
        List<TypeSpec> nestedTypes = type.typeSpecs();
        for (int i = 0, count = nestedTypes.size(); i < count; i++) {
            separator.beforeMember();
            write(nestedTypes.get(i), null, ImplicitModifiers.ofTypes(type.kind()));
        }
        text.unindent(1);
        rendering.names.exitType();
        members.forgetTypeVariables(type.typeVariables());
    }

    private void writeFields(List<FieldSpec> fields, boolean isStatic, int implicitModifiers, Separator separator) {
        for (int i = 0, count = fields.size(); i < count; i++) {
            FieldSpec field = fields.get(i);
            if (field.modifiers().contains(Modifier.STATIC) == isStatic) {
                separator.beforeMember();
                rendering.members.writeField(field, implicitModifiers);
            }
        }
    }

    private void writeMethods(TypeSpec type, boolean constructors, int implicitModifiers, Separator separator) {
        List<MethodSpec> methods = type.methodSpecs();
        for (int i = 0, count = methods.size(); i < count; i++) {
            MethodSpec method = methods.get(i);
            if (method.isConstructor() == constructors) {
                separator.beforeMember();
                rendering.members.writeMethod(method, type.name(), implicitModifiers);
            }
        }
    }

    /** A blank line between two members of a type, none before the first. */
    private static final class Separator {
        private final SourceText text;
        private boolean first = true;

        Separator(SourceText text) {
            this.text = text;
        }

        void beforeMember() {
            if (!first) {
                text.emit("\n");
            }
            first = false;
        }
    }

    private static String keyword(TypeSpec.Kind kind) {
        return switch (kind) {
            case CLASS -> "class";
            case RECORD -> "record";
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case ANNOTATION -> "@interface";
        };
    }
}
