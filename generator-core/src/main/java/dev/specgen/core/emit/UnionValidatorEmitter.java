package dev.specgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Emits the validator of a union ({@code oneOf}/{@code anyOf}). A value is one variant record, which is
 * validated as such; beyond that, a discriminator must select the variant the value is, and a
 * {@code oneOf} without a discriminator must not also match another variant. Another variant matches a
 * valid value when every property it requires is present and every property the two share has the same
 * schema in both; where shared properties have different schemas, no second match is assumed.
 */
final class UnionValidatorEmitter {

    private final JavaTypes types;
    private final ValidatorNames names;
    private final CheckAnalysis analysis;

    UnionValidatorEmitter(JavaTypes types, ValidatorNames names, CheckAnalysis analysis) {
        this.types = types;
        this.names = names;
        this.analysis = analysis;
    }

    JavaFile emit(UnionType union) {
        ClassName model = types.className(union.javaName());
        ValidatorClass validator = new ValidatorClass(names.validatorOf(union.javaName()), "validate", "requireValid");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T found = $T.none()", ValueChecks.VIOLATION_LIST, ValidatorNames.VIOLATIONS);
        boolean first = true;
        for (UnionType.Variant variant : union.variants()) {
            TypeDef def = analysis.type(variant.recordJavaName());
            if (!(def instanceof RecordType record)) {
                continue;
            }
            if (record.docs().deprecated()) {
                validator.markUsesDeprecated();
            }
            ClassName variantClass = types.className(record.javaName());
            String local = "variant";
            CodeBlock test = CodeBlock.of("value instanceof $T $N", variantClass, local);
            if (first) {
                body.beginControlFlow("if ($L)", test);
            } else {
                body.nextControlFlow("else if ($L)", test);
            }
            first = false;
            body.addStatement(Where.root().addAll(CodeBlock.of("$T.validate($N)",
                    names.validatorOf(record.javaName()), local)));
            if (union.discriminatorProperty() != null) {
                checkDiscriminator(body, validator, union.discriminatorProperty(), record, variant, local);
            } else if (union.exclusive()) {
                checkNoSecondMatch(body, union, record, local);
            }
        }
        if (union.unknown() != null) {
            first = checkUnknown(body, validator, union, model, first);
        }
        if (!first) {
            body.endControlFlow();
        }
        body.addStatement("return $T.result(found)", ValidatorNames.VIOLATIONS);
        validator.addMethod(ValidatorMethods.validate(model, union.specName(), true, body.build()));
        validator.addMethod(ValidatorMethods.requireValid(model));
        return validator.build(ValidatorMethods.classJavadoc(model, union.specName(), union.location()),
                union.docs().deprecated());
    }

    private void checkDiscriminator(CodeBlock.Builder body, ValidatorClass validator, String discriminator,
            RecordType record, UnionType.Variant variant, String local) {
        Property property = property(record, discriminator);
        if (property == null || variant.discriminatorValues().isEmpty()) {
            return;
        }
        String text;
        if (property.type().equals(new TypeRef.Scalar(ScalarKind.STRING))) {
            text = local + "." + property.javaName() + "()";
        } else if (property.type() instanceof TypeRef.Named named
                && analysis.type(named.javaName()) instanceof EnumType enumType
                && enumType.valueKind() == ScalarKind.STRING) {
            text = local + "." + property.javaName() + "() == null ? null : " + local + "." + property.javaName()
                    + "().value()";
        } else {
            return;
        }
        CodeBlock values = variant.discriminatorValues().stream().map(v -> CodeBlock.of("$S", v))
                .collect(CodeBlock.joining(", "));
        String selecting = validator.constant(
                ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)),
                ValueChecks.constantName(record.javaName()) + "_SELECTED_BY",
                CodeBlock.of("$T.of($L)", List.class, values));
        String discriminatorLocal = "discriminator";
        body.addStatement("$T $N = $L", ClassName.get(String.class).annotated(JavaTypes.NULLABLE_ANNOTATION),
                discriminatorLocal, text);
        body.beginControlFlow("if ($N != null)", discriminatorLocal)
                .addStatement(Where.member(discriminator).add(CodeBlock.of("$T.selects($N, $N)",
                        ValidatorNames.OBJECT_RULES, discriminatorLocal, selecting)))
                .endControlFlow();
    }

    /**
     * A value read as the union's unknown shape is valid against none of the listed ones: the violation is its
     * discriminator, which names none of them (the value itself was kept, so a caller may still choose to pass it on).
     */
    private boolean checkUnknown(CodeBlock.Builder body, ValidatorClass validator, UnionType union, ClassName model,
            boolean first) {
        UnionType.Unknown unknown = union.unknown();
        String discriminator = union.discriminatorProperty();
        CodeBlock test = CodeBlock.of("value instanceof $T $N", model.nestedClass(unknown.javaName()), "unknown");
        if (first) {
            body.beginControlFlow("if ($L)", test);
        } else {
            body.nextControlFlow("else if ($L)", test);
        }
        CodeBlock all = union.variants().stream().flatMap(v -> v.discriminatorValues().stream()).distinct()
                .map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
        String known = validator.constant(
                ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)),
                "KNOWN_" + ValueChecks.constantName(discriminator), CodeBlock.of("$T.of($L)", List.class, all));
        CodeBlock text = unknown.discriminatorJavaName() != null
                ? CodeBlock.of("unknown.$N()", unknown.discriminatorJavaName())
                : CodeBlock.of("unknown.$N()", commonDiscriminator(union).javaName());
        body.addStatement("$T discriminator = $L", ClassName.OBJECT.annotated(JavaTypes.NULLABLE_ANNOTATION), text);
        // Missing, it is reported as a missing required property; present, as naming no listed shape.
        body.addStatement(Where.member(discriminator).add(CodeBlock.of(
                "discriminator == null ? $T.required(null) : $T.selectsAny(discriminator.toString(), $N)",
                ValidatorNames.OBJECT_RULES, ValidatorNames.OBJECT_RULES, known)));
        return false;
    }

    private static Property commonDiscriminator(UnionType union) {
        return union.commonProperties().stream().filter(p -> p.jsonName().equals(union.discriminatorProperty()))
                .findFirst().orElseThrow();
    }

    /** For a {@code oneOf} without discriminator: counts the other variants that would match too. */
    private void checkNoSecondMatch(CodeBlock.Builder body, UnionType union, RecordType record, String local) {
        List<CodeBlock> alsoMatching = new ArrayList<>();
        int alwaysMatching = 1; // the value's own variant
        for (UnionType.Variant other : union.variants()) {
            if (other.recordJavaName().equals(record.javaName())
                    || !(analysis.type(other.recordJavaName()) instanceof RecordType otherRecord)) {
                continue;
            }
            List<CodeBlock> condition = matchCondition(record, otherRecord, local);
            if (condition != null && condition.isEmpty()) {
                alwaysMatching++;
            } else if (condition != null) {
                alsoMatching.add(CodeBlock.of("($L ? 1 : 0)", CodeBlock.join(condition, " && ")));
            }
        }
        if (alsoMatching.isEmpty() && alwaysMatching == 1) {
            return;
        }
        alsoMatching.add(0, CodeBlock.of("$L", alwaysMatching));
        body.beginControlFlow("if (found.isEmpty())")
                .addStatement("int matches = $L", CodeBlock.join(alsoMatching, " + "))
                .addStatement(Where.root().add(CodeBlock.of("$T.oneOf(matches, $L)", ValidatorNames.OBJECT_RULES,
                        union.variants().size())))
                .endControlFlow();
    }

    /**
     * When a valid {@code record} value matches {@code other} too: the properties that must then be present
     * (empty: always), or {@code null} when it never does.
     */
    private static @Nullable List<CodeBlock> matchCondition(RecordType record, RecordType other, String local) {
        List<CodeBlock> present = new ArrayList<>();
        for (Property theirs : other.properties()) {
            Property ours = property(record, theirs.jsonName());
            if (ours == null) {
                if (theirs.required()) {
                    return null;
                }
                continue;
            }
            if (!ours.type().equals(theirs.type()) || !ours.constraints().equals(theirs.constraints())
                    || (ours.nullable() != theirs.nullable())) {
                return null;
            }
            if (theirs.required() && !theirs.nullable()) {
                present.add(CodeBlock.of("$N.$N() != null", local, ours.javaName()));
            }
        }
        return present;
    }

    private static @Nullable Property property(RecordType record, String jsonName) {
        for (Property property : record.properties()) {
            if (Objects.equals(property.jsonName(), jsonName)) {
                return property;
            }
        }
        return null;
    }
}
