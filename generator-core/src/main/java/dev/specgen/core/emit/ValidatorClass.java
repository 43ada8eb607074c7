package dev.specgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * One generated validator class being built: its public methods, the private helpers that check
 * lists and maps, and the constants (compiled patterns, big-number bounds) that are created once when
 * the class loads rather than on every validation.
 */
final class ValidatorClass {

    private final ClassName name;
    private final NameAllocator memberNames = new NameAllocator();
    private final Map<CodeBlock, FieldSpec> constants = new LinkedHashMap<>();
    private final List<MethodSpec> methods = new ArrayList<>();
    private final List<MethodSpec> helpers = new ArrayList<>();
    private boolean usesDeprecated;

    ValidatorClass(ClassName name, String... reservedMethodNames) {
        this.name = name;
        for (String reserved : reservedMethodNames) {
            memberNames.newName(reserved, reserved);
        }
    }

    ClassName name() {
        return name;
    }

    /** Records that the class names something the spec marks deprecated, so its warnings are suppressed. */
    void markUsesDeprecated() {
        usesDeprecated = true;
    }

    void addMethod(MethodSpec method) {
        methods.add(method);
    }

    /** Reserves a unique name for a private helper method, derived from {@code hint}. */
    String helperName(String hint) {
        return memberNames.newName(hint);
    }

    void addHelper(MethodSpec helper) {
        helpers.add(helper);
    }

    /**
     * A {@code private static final} constant, created once per distinct initializer.
     *
     * @param hint what to name it after, e.g. {@code TASK_ID_PATTERN}
     * @return the constant's name
     */
    String constant(TypeName type, String hint, CodeBlock initializer) {
        FieldSpec existing = constants.get(initializer);
        if (existing != null) {
            return existing.name();
        }
        String field = memberNames.newName(hint.toUpperCase(java.util.Locale.ROOT));
        constants.put(initializer, FieldSpec.builder(type, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build());
        return field;
    }

    JavaFile build(CodeBlock javadoc, boolean deprecated) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(javadoc);
        if (deprecated) {
            type.addAnnotation(Deprecated.class);
        }
        if (usesDeprecated && !deprecated) {
            // It validates what the spec marks deprecated, which is no reason to warn its compiler (inside a
            // deprecated class javac does not warn anyway).
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "deprecation")
                    .build());
        }
        type.addFields(constants.values());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethods(methods);
        type.addMethods(helpers);
        return JavaFile.builder(name.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }
}
