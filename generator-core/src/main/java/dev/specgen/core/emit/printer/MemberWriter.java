package dev.specgen.core.emit.printer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.Arrays;
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

    /** Each modifier's keyword and the space after it, by ordinal ({@code non-sealed} is not its lower-cased name). */
    private static final String[] MODIFIER_KEYWORDS =
            Arrays.stream(Modifier.values()).map(modifier -> modifier + " ").toArray(String[]::new);

    private final Rendering rendering;

    MemberWriter(Rendering rendering) {
        this.rendering = rendering;
    }

    void writeField(FieldSpec field, int implicitModifiers) {
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
    void writeMethod(MethodSpec method, String typeName, int implicitModifiers) {
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
        for (int i = 0, count = exceptions.size(); i < count; i++) {
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
        for (int i = 0, count = parameters.size(); i < count; i++) {
            if (i > 0) {
                text.emit(",");
                text.wrappingSpace();
            }
            writeParameter(parameters.get(i), varargs && i == count - 1);
        }
        text.emit(")");
    }

    private void writeParameter(ParameterSpec parameter, boolean varargs) {
        rendering.annotations.writeAll(parameter.annotations(), true);
        writeModifiers(parameter.modifiers(), ImplicitModifiers.NONE);
        if (varargs) {
            if (!(parameter.type() instanceof ArrayTypeName array)) {
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
        if (!javadoc.isEmpty()) {
            beginJavadoc();
            rendering.code.write(javadoc);
            endJavadoc();
        }
    }

    /** The Javadoc, then an {@code @param} line for each parameter that has Javadoc of its own. */
    void writeJavadoc(CodeBlock javadoc, List<ParameterSpec> parameters) {
        int firstDocumented = 0;
        while (firstDocumented < parameters.size() && parameters.get(firstDocumented).javadoc().isEmpty()) {
            firstDocumented++;
        }
        if (firstDocumented == parameters.size()) {
            writeJavadoc(javadoc);
            return;
        }
        SourceText text = rendering.text;
        beginJavadoc();
        rendering.code.write(javadoc);
        if (!javadoc.isEmpty()) {
            text.emit("\n");
        }
        for (int i = firstDocumented, count = parameters.size(); i < count; i++) {
            ParameterSpec parameter = parameters.get(i);
            if (!parameter.javadoc().isEmpty()) {
                text.emit("@param ");
                text.emit(parameter.name());
                text.emit(" ");
                rendering.code.write(parameter.javadoc());
            }
        }
        endJavadoc();
    }

    private void beginJavadoc() {
        rendering.text.emit("/**\n");
        rendering.text.javadoc(true);
    }

    /** Ends the Javadoc on a line of its own. */
    private void endJavadoc() {
        SourceText text = rendering.text;
        if (!text.discarding() && !text.endsWithNewline()) {
            text.emit("\n");
        }
        text.javadoc(false);
        text.emit(" */\n");
    }

    /**
     * The modifiers that are not implicit here, in the language's order, each followed by a space.
     *
     * @param implicitModifiers a mask of {@link ImplicitModifiers}
     */
    void writeModifiers(Set<Modifier> modifiers, int implicitModifiers) {
        if (modifiers.isEmpty() || rendering.text.discarding()) {
            return; // (modifiers name no type: nothing to see for the imports)
        }
        int present = 0;
        for (Modifier modifier : modifiers) {
            present |= 1 << modifier.ordinal();
        }
        present &= ~implicitModifiers;
        for (int ordinal = 0; present != 0; ordinal++, present >>>= 1) {
            if ((present & 1) != 0) {
                rendering.text.emit(MODIFIER_KEYWORDS[ordinal]);
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
        for (int i = 0, count = typeVariables.size(); i < count; i++) {
            TypeVariableName variable = typeVariables.get(i);
            if (i > 0) {
                text.emit(", ");
            }
            rendering.annotations.writeAll(variable.annotations(), true);
            text.emit(variable.name());
            List<TypeName> bounds = variable.bounds();
            for (int b = 0, boundCount = bounds.size(); b < boundCount; b++) {
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
