package dev.specgen.core.emit.printer;

import com.palantir.javapoet.TypeSpec;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The modifiers JavaPoet leaves out because the kind of the enclosing type implies them (it keeps these tables in
 * {@code TypeSpec.Kind}, privately): an interface's or annotation type's fields are {@code public static final},
 * its methods {@code public abstract}, its nested types {@code public static}; an enum's nested types are
 * {@code static}. As a member, an interface, enum or annotation type is implicitly {@code static}.
 */
final class ImplicitModifiers {

    private static final Set<Modifier> INTERFACE_FIELDS = Set.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    private static final Set<Modifier> INTERFACE_METHODS = Set.of(Modifier.PUBLIC, Modifier.ABSTRACT);
    private static final Set<Modifier> INTERFACE_TYPES = Set.of(Modifier.PUBLIC, Modifier.STATIC);
    private static final Set<Modifier> STATIC = Set.of(Modifier.STATIC);

    private ImplicitModifiers() {}

    static Set<Modifier> ofFields(TypeSpec.Kind kind) {
        return isInterfaceLike(kind) ? INTERFACE_FIELDS : Set.of();
    }

    static Set<Modifier> ofMethods(TypeSpec.Kind kind) {
        return isInterfaceLike(kind) ? INTERFACE_METHODS : Set.of();
    }

    static Set<Modifier> ofTypes(TypeSpec.Kind kind) {
        return switch (kind) {
            case INTERFACE, ANNOTATION -> INTERFACE_TYPES;
            case ENUM -> STATIC;
            case CLASS, RECORD -> Set.of();
        };
    }

    /** What a type of this kind is implicitly as a member of another. */
    static Set<Modifier> asMember(TypeSpec type) {
        return type.kind() == TypeSpec.Kind.CLASS || type.kind() == TypeSpec.Kind.RECORD ? Set.of() : STATIC;
    }

    private static boolean isInterfaceLike(TypeSpec.Kind kind) {
        return kind == TypeSpec.Kind.INTERFACE || kind == TypeSpec.Kind.ANNOTATION;
    }
}
