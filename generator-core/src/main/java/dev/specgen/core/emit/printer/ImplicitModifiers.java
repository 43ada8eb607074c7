package dev.specgen.core.emit.printer;

import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The modifiers JavaPoet leaves out because the kind of the enclosing type implies them (it keeps these tables in
 * {@code TypeSpec.Kind}, privately): an interface's or annotation type's fields are {@code public static final},
 * its methods {@code public abstract}, its nested types {@code public static}; an enum's nested types are
 * {@code static}. As a member, an interface, enum or annotation type is implicitly {@code static}.
 *
 * <p>Sets of modifiers are bit masks here, a bit by {@link Modifier#ordinal()}: cheaper to test than sets of several
 * classes.
 */
final class ImplicitModifiers {

    static final int NONE = 0;
    private static final int INTERFACE_FIELDS = mask(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    private static final int INTERFACE_METHODS = mask(Modifier.PUBLIC, Modifier.ABSTRACT);
    private static final int INTERFACE_TYPES = mask(Modifier.PUBLIC, Modifier.STATIC);
    private static final int STATIC = mask(Modifier.STATIC);

    private ImplicitModifiers() {}

    static int ofFields(TypeSpec.Kind kind) {
        return isInterfaceLike(kind) ? INTERFACE_FIELDS : NONE;
    }

    static int ofMethods(TypeSpec.Kind kind) {
        return isInterfaceLike(kind) ? INTERFACE_METHODS : NONE;
    }

    static int ofTypes(TypeSpec.Kind kind) {
        return switch (kind) {
            case INTERFACE, ANNOTATION -> INTERFACE_TYPES;
            case ENUM -> STATIC;
            case CLASS, RECORD -> NONE;
        };
    }

    /** What a type of this kind is implicitly as a member of another. */
    static int asMember(TypeSpec.Kind kind) {
        return kind == TypeSpec.Kind.CLASS || kind == TypeSpec.Kind.RECORD ? NONE : STATIC;
    }

    static int mask(Modifier... modifiers) {
        int mask = 0;
        for (Modifier modifier : modifiers) {
            mask |= 1 << modifier.ordinal();
        }
        return mask;
    }

    private static boolean isInterfaceLike(TypeSpec.Kind kind) {
        return kind == TypeSpec.Kind.INTERFACE || kind == TypeSpec.Kind.ANNOTATION;
    }
}
