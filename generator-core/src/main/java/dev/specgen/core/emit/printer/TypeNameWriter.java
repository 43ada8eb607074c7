package dev.specgen.core.emit.printer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;

/**
 * Writes type names where they are used ({@code $T}), as JavaPoet does: classes by their shortest name here (see
 * {@link NameResolver}), with type-use annotations just before the simple name they annotate
 * ({@code java.util. @Nullable List}, {@code Map. @Nullable Entry}); type arguments after {@code <}; arrays as
 * their innermost component followed by the brackets, each dimension's annotations before its own brackets; a
 * wildcard's annotations not at all (JavaPoet drops them).
 */
final class TypeNameWriter {

    private final Rendering rendering;

    TypeNameWriter(Rendering rendering) {
        this.rendering = rendering;
    }

    void write(TypeName type) {
        if (type instanceof ClassName className) {
            writeClass(className);
        } else if (type instanceof ParameterizedTypeName parameterized) {
            writeParameterized(parameterized);
        } else if (type instanceof ArrayTypeName array) {
            writeArray(array, false);
        } else if (type instanceof TypeVariableName variable) {
            writeAnnotations(variable.annotations());
            rendering.text.emit(variable.name());
        } else if (type instanceof WildcardTypeName wildcard) {
            writeWildcard(wildcard);
        } else if (type.getClass() == TypeName.class) {
            writePrimitive(type);
        } else {
            throw new UnsupportedConstruct("a type name of " + type.getClass());
        }
    }

    /** An array, its last dimension written {@code ...} when it is a variable-arity parameter's type. */
    void writeArray(ArrayTypeName array, boolean varargs) {
        TypeName leaf = array.componentType();
        while (leaf instanceof ArrayTypeName component) {
            leaf = component.componentType();
        }
        write(leaf);
        for (ArrayTypeName dimension = array; ; ) {
            if (dimension.isAnnotated()) {
                rendering.text.emit(" ");
                writeAnnotations(dimension.annotations());
            }
            if (!(dimension.componentType() instanceof ArrayTypeName component)) {
                rendering.text.emit(varargs ? "..." : "[]");
                return;
            }
            rendering.text.emit("[]");
            dimension = component;
        }
    }

    /**
     * Whether JavaPoet's {@code type.equals(ClassName.OBJECT)} holds: it compares printed forms, so an annotated
     * {@code Object} is not {@code Object}.
     */
    static boolean isPlainObject(TypeName type) {
        return type instanceof ClassName className && !className.isAnnotated()
                && className.canonicalName().equals("java.lang.Object");
    }

    private void writePrimitive(TypeName type) {
        if (rendering.text.discarding()) {
            writeAnnotations(type.annotations()); // the keyword is not needed to choose the imports
            return;
        }
        String keyword = PoetInternals.keyword(type);
        if (keyword == null) {
            throw new IllegalStateException();
        }
        writeAnnotations(type.annotations());
        rendering.text.emit(keyword);
    }

    private void writeWildcard(WildcardTypeName wildcard) {
        if (wildcard.lowerBounds().size() == 1) {
            rendering.text.emit("? super ");
            write(wildcard.lowerBounds().get(0));
        } else if (isPlainObject(wildcard.upperBounds().get(0))) {
            rendering.text.emit("?");
        } else {
            rendering.text.emit("? extends ");
            write(wildcard.upperBounds().get(0));
        }
    }

    private void writeParameterized(ParameterizedTypeName type) {
        ParameterizedTypeName enclosing = type.enclosingType();
        if (enclosing != null) {
            writeParameterized(enclosing);
            rendering.text.emit(".");
            if (type.isAnnotated()) {
                rendering.text.emit(" ");
                writeAnnotations(type.annotations());
            }
            rendering.text.emit(type.rawType().simpleName());
        } else {
            writeClass(type.rawType());
        }
        List<TypeName> arguments = type.typeArguments();
        if (!arguments.isEmpty()) {
            rendering.text.emit("<");
            for (int i = 0, count = arguments.size(); i < count; i++) {
                if (i > 0) {
                    rendering.text.emit(", ");
                }
                write(arguments.get(i));
            }
            rendering.text.emit(">");
        }
    }

    private void writeClass(ClassName className) {
        writeNestingChain(className, className);
    }

    /**
     * Writes {@code c}, a class of {@code used}'s nesting chain, after the classes enclosing it. The outer classes
     * are skipped up to the first that is annotated or is {@code used} itself; that one is written by its
     * shortest name here, and the classes nested in it follow one by one.
     *
     * @return whether anything was written
     */
    private boolean writeNestingChain(ClassName used, ClassName c) {
        ClassName enclosing = c.enclosingClassName();
        if (enclosing != null && writeNestingChain(used, enclosing)) {
            rendering.text.emit(".");
            writeOwnAnnotations(c, c.isAnnotated(), true);
            rendering.text.emit(c.simpleName());
            return true;
        }
        boolean annotated = c.isAnnotated();
        if (c != used && !annotated) {
            return false;
        }
        ClassName start = rendering.names.shortestNameStart(c);
        if (start == null) {
            String canonical = c.canonicalName();
            int lastDot = rendering.text.discarding() ? -1 : canonical.lastIndexOf('.');
            rendering.text.emit(canonical, 0, lastDot + 1);
            writeOwnAnnotations(c, annotated, lastDot != -1);
            rendering.text.emit(canonical, lastDot + 1, canonical.length());
        } else {
            if (start != c) {
                writeNamesFrom(start, c.enclosingClassName());
            }
            if (annotated && c.simpleName().indexOf('.') != -1) {
                // JavaPoet would put the annotations after the name's last dot, inside this simple name.
                throw new UnsupportedConstruct("an annotated class whose simple name holds a dot: " + c);
            }
            writeOwnAnnotations(c, annotated, start != c);
            rendering.text.emit(c.simpleName());
        }
        return true;
    }

    /** Writes the simple names from {@code start} down to {@code last}, each followed by a dot. */
    private void writeNamesFrom(ClassName start, ClassName last) {
        if (last != start) {
            writeNamesFrom(start, last.enclosingClassName());
        }
        rendering.text.emit(last.simpleName());
        rendering.text.emit(".");
    }

    /**
     * A class's own annotations, each followed by a space, and a space before them after a dot; written when the
     * class or one enclosing it is annotated ({@code annotated}: so an inner class of an annotated class gets the
     * space alone).
     */
    private void writeOwnAnnotations(ClassName c, boolean annotated, boolean afterDot) {
        if (annotated) {
            if (afterDot) {
                rendering.text.emit(" ");
            }
            writeAnnotations(c.annotations());
        }
    }

    private void writeAnnotations(List<AnnotationSpec> annotations) {
        for (int i = 0, count = annotations.size(); i < count; i++) {
            AnnotationSpec annotation = annotations.get(i);
            rendering.annotations.write(annotation, true);
            rendering.text.emit(" ");
        }
    }
}
