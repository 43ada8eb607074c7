package dev.specgen.core.emit.printer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the members of a type and the pieces declarations share, as JavaPoet does: fields, methods and
 * constructors (compact ones too), parameter lists (with a wrapping point after {@code (} and after each comma),
 * Javadoc (with {@code @param} lines from the parameters' own Javadoc), modifiers in the language's order, and type
 * variables with their bounds.
 */
final class MemberWriter {

    private static final Modifier[] MODIFIERS = Modifier.values();
    /** Each modifier's keyword, by ordinal ({@code non-sealed} is not its lower-cased name). */
    private static final String[] MODIFIER_KEYWORDS = new String[MODIFIERS.length];

    static {
        for (Modifier modifier : MODIFIERS) {
            MODIFIER_KEYWORDS[modifier.ordinal()] = modifier.toString();
        }
    }

    private final Rendering rendering;

    MemberWriter(Rendering rendering) {
        this.rendering = rendering;
    }

    void writeField(FieldSpec field, Set<Modifier> implicitModifiers) {
        SourceText text = rendering.text;
        writeJavadoc(field.javadoc());
        rendering.annotations.writeAll(field.annotations(), false);
        writeModifiers(field.modifiers(), implicitModifiers);
        rendering.typeNames.write(field.type());
        text.emit(" ");
        text.emit(field.name());
        if (!field.initializer().isEmpty()) {
            text.emit(" = ");
            rendering.code.write(field.initializer());
        }
        text.emit(";\n");
    }

    /** @param typeName the simple name of the enclosing type, which constructors are named by */
    void writeMethod(MethodSpec method, String typeName, Set<Modifier> implicitModifiers) {
        SourceText text = rendering.text;
        writeJavadoc(method.javadoc(), method.parameters());
        rendering.annotations.writeAll(method.annotations(), false);
        writeModifiers(method.modifiers(), implicitModifiers);
        if (!method.typeVariables().isEmpty()) {
            writeTypeVariables(method.typeVariables());
            text.emit(" ");
        }
        if (PoetInternals.isCompactConstructor(method)) {
            text.emit(typeName);
        } else if (method.isConstructor()) {
            text.emit(typeName);
            writeParameters(method.parameters(), method.varargs());
        } else {
            rendering.typeNames.write(method.returnType());
            text.emit(" ");
            text.emit(method.name());
            writeParameters(method.parameters(), method.varargs());
        }
        CodeBlock defaultValue = method.defaultValue();
        if (defaultValue != null && !defaultValue.isEmpty()) {
            text.emit(" default ");
            rendering.code.write(defaultValue);
        }
        writeExceptions(method.exceptions());
        if (method.modifiers().contains(Modifier.ABSTRACT)) {
            text.emit(";\n");
        } else if (method.modifiers().contains(Modifier.NATIVE)) {
            rendering.code.write(method.code());
            text.emit(";\n");
        } else {
            text.emit(" {\n");
            text.indent(1);
            rendering.code.write(method.code(), true);
            text.unindent(1);
            text.emit("}\n");
        }
        forgetTypeVariables(method.typeVariables());
    }

    private void writeExceptions(List<TypeName> exceptions) {
        if (exceptions.isEmpty()) {
            return;
        }
        SourceText text = rendering.text;
        text.wrappingSpace();
        text.emit("throws");
        for (int i = 0; i < exceptions.size(); i++) {
            if (i > 0) {
                text.emit(",");
            }
            text.wrappingSpace();
            rendering.typeNames.write(exceptions.get(i));
        }
    }

    /** {@code (a, b)}: a wrapping point after the parenthesis and a wrapping space after each comma. */
    void writeParameters(List<ParameterSpec> parameters, boolean varargs) {
        SourceText text = rendering.text;
        text.emit("(");
        text.zeroWidthSpace();
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                text.emit(",");
                text.wrappingSpace();
            }
            writeParameter(parameters.get(i), varargs && i == parameters.size() - 1);
        }
        text.emit(")");
    }

    private void writeParameter(ParameterSpec parameter, boolean varargs) {
        rendering.annotations.writeAll(parameter.annotations(), true);
        writeModifiers(parameter.modifiers(), Set.of());
        if (varargs) {
            if (!(parameter.type() instanceof com.palantir.javapoet.ArrayTypeName array)) {
                throw new UnsupportedConstruct("a variable-arity parameter that is not an array: " + parameter);
            }
            rendering.typeNames.writeArray(array, true);
        } else {
            rendering.typeNames.write(parameter.type());
        }
        rendering.text.emit(" ");
        rendering.text.emit(parameter.name());
    }

    void writeJavadoc(CodeBlock javadoc) {
        writeJavadoc(javadoc, List.of());
    }

    /** The Javadoc, then an {@code @param} line for each parameter that has Javadoc of its own. */
    void writeJavadoc(CodeBlock javadoc, List<ParameterSpec> parameters) {
        boolean documentedParameters = false;
        for (ParameterSpec parameter : parameters) {
            documentedParameters |= !parameter.javadoc().isEmpty();
        }
        if (javadoc.isEmpty() && !documentedParameters) {
            return;
        }
        SourceText text = rendering.text;
        text.emit("/**\n");
        text.javadoc(true);
        rendering.code.write(javadoc);
        boolean first = true;
        for (ParameterSpec parameter : parameters) {
            if (parameter.javadoc().isEmpty()) {
                continue;
            }
            if (first && !javadoc.isEmpty()) {
                text.emit("\n");
            }
            first = false;
            text.emit("@param ");
            text.emit(parameter.name());
            text.emit(" ");
            rendering.code.write(parameter.javadoc());
        }
        if (!text.discarding() && !text.endsWithNewline()) {
            text.emit("\n");
        }
        text.javadoc(false);
        text.emit(" */\n");
    }

    /** The modifiers that are not implicit here, in the language's order, each followed by a space. */
    void writeModifiers(Set<Modifier> modifiers, Set<Modifier> implicitModifiers) {
        if (modifiers.isEmpty()) {
            return;
        }
        int present = 0;
        for (Modifier modifier : modifiers) {
            if (!implicitModifiers.contains(modifier)) {
                present |= 1 << modifier.ordinal();
            }
        }
        for (int ordinal = 0; present != 0; ordinal++, present >>>= 1) {
            if ((present & 1) != 0) {
                rendering.text.emit(MODIFIER_KEYWORDS[ordinal]);
                rendering.text.emit(" ");
            }
        }
    }

    /** {@code <T extends Bound & Other, U>}; the variables are in scope until {@link #forgetTypeVariables}. */
    void writeTypeVariables(List<TypeVariableName> typeVariables) {
        if (typeVariables.isEmpty()) {
            return;
        }
        for (TypeVariableName variable : typeVariables) {
            rendering.names.declareTypeVariable(variable.name());
        }
        SourceText text = rendering.text;
        text.emit("<");
        for (int i = 0; i < typeVariables.size(); i++) {
            TypeVariableName variable = typeVariables.get(i);
            if (i > 0) {
                text.emit(", ");
            }
            rendering.annotations.writeAll(variable.annotations(), true);
            text.emit(variable.name());
            List<TypeName> bounds = variable.bounds();
            for (int b = 0; b < bounds.size(); b++) {
                text.emit(b == 0 ? " extends " : " & ");
                rendering.typeNames.write(bounds.get(b));
            }
        }
        text.emit(">");
    }

    void forgetTypeVariables(List<TypeVariableName> typeVariables) {
        for (TypeVariableName variable : typeVariables) {
            rendering.names.forgetTypeVariable(variable.name());
        }
    }
}
