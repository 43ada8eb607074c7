package dev.specgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.ScalarKind;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Emits an open enum: a final class with one constant per listed value, whose factory accepts any
 * value. A value the spec does not list reads without error, keeps its raw text, and reports
 * {@code Value.UNKNOWN}, so callers can {@code switch} over the known values and still log
 * what the service really sent.
 */
final class EnumEmitter {

    private final JavaTypes types;

    EnumEmitter(JavaTypes types) {
        this.types = types;
    }

    JavaFile emit(EnumType enumType) {
        ClassName self = types.className(enumType.javaName());
        ClassName value = self.nestedClass("Value");
        TypeName raw = JavaTypes.scalar(enumType.valueKind());

        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(classJavadoc(enumType));
        if (enumType.docs().deprecated()) {
            spec.addAnnotation(Deprecated.class);
        }

        TypeSpec.Builder valueEnum = TypeSpec.enumBuilder(value)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values the spec lists, and {@link #UNKNOWN} for any other.\n");
        CodeBlock.Builder valuesList = CodeBlock.builder();
        for (int i = 0; i < enumType.constants().size(); i++) {
            EnumType.EnumConstant constant = enumType.constants().get(i);
            FieldSpec.Builder field = FieldSpec.builder(self, constant.javaName(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($L, $T.$N)", self, literal(constant.value(), enumType.valueKind()), value,
                            constant.javaName());
            field.addJavadoc(constantJavadoc(constant));
            spec.addField(field.build());
            TypeSpec.Builder enumConstant = TypeSpec.anonymousClassBuilder("");
            enumConstant.addJavadoc(constantJavadoc(constant));
            valueEnum.addEnumConstant(constant.javaName(), enumConstant.build());
            valuesList.add(i == 0 ? "$N" : ", $N", constant.javaName());
        }
        valueEnum.addEnumConstant("UNKNOWN", TypeSpec.anonymousClassBuilder("")
                .addJavadoc("A value the spec does not list.\n")
                .build());

        ParameterizedTypeName listOfSelf = ParameterizedTypeName.get(ClassName.get(List.class), self);
        spec.addField(FieldSpec.builder(listOfSelf, "VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, valuesList.build())
                .build());
        spec.addField(raw, "value", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(value, "known", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(raw, "value")
                .addParameter(value, "known")
                .addStatement("this.value = value")
                .addStatement("this.known = known")
                .build());
        spec.addMethod(factory(enumType, self, value, raw));
        spec.addMethod(MethodSpec.methodBuilder("values")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(listOfSelf)
                .addJavadoc("The values the spec lists, in the spec's order.\n")
                .addStatement("return VALUES")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("value")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(JacksonNames.JSON_VALUE)
                .returns(raw)
                .addJavadoc("The value exactly as the service sent it or the caller gave it.\n")
                .addStatement("return value")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("known")
                .addModifiers(Modifier.PUBLIC)
                .returns(value)
                .addJavadoc("The listed value this is, or {@link Value#UNKNOWN}; made for {@code switch}.\n")
                .addStatement("return known")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("isKnown")
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addJavadoc("Whether the spec lists this value.\n")
                .addStatement("return known != $T.UNKNOWN", value)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(ClassName.OBJECT.annotated(JavaTypes.NULLABLE_ANNOTATION), "other")
                .addStatement("return other instanceof $T that && value.equals(that.value)", self)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return value.hashCode()")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement(enumType.valueKind() == ScalarKind.STRING ? "return value" : "return String.valueOf(value)")
                .build());
        spec.addType(valueEnum.build());
        return JavaFile.builder(types.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static MethodSpec factory(EnumType enumType, ClassName self, ClassName value, TypeName raw) {
        MethodSpec.Builder of = MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_CREATOR)
                        .addMember("mode", "$T.DELEGATING", JacksonNames.JSON_CREATOR_MODE)
                        .build())
                .returns(self)
                .addParameter(raw, "value")
                .addJavadoc("The constant for a listed value, or a new instance that keeps an unlisted one.\n")
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
        if (enumType.valueKind() == ScalarKind.STRING) {
            of.beginControlFlow("switch (value)");
            for (EnumType.EnumConstant constant : enumType.constants()) {
                of.addStatement("case $S: return $N", constant.value(), constant.javaName());
            }
            of.addStatement("default: return new $T(value, $T.UNKNOWN)", self, value);
            of.endControlFlow();
        } else {
            of.beginControlFlow("for ($T candidate : VALUES)", self)
                    .beginControlFlow("if (candidate.value.equals(value))")
                    .addStatement("return candidate")
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("return new $T(value, $T.UNKNOWN)", self, value);
        }
        return of.build();
    }

    private static CodeBlock literal(String value, ScalarKind kind) {
        return switch (kind) {
            case INT32 -> CodeBlock.of("$L", value);
            case INT64 -> CodeBlock.of("$LL", value);
            case BIG_INTEGER -> CodeBlock.of("new $T($S)", java.math.BigInteger.class, value);
            case DOUBLE -> CodeBlock.of("$Ld", value);
            default -> CodeBlock.of("$S", value);
        };
    }

    private static CodeBlock classJavadoc(EnumType enumType) {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add(Javadoc.orElse(enumType.docs(),
                CodeBlock.of("The $L values of the API.\n", Javadoc.code(enumType.specName()))));
        doc.add("\n<p>Open: a value the spec does not list is kept as received, with {@link #known()} returning"
                + " {@link Value#UNKNOWN}.\n");
        if (enumType.docs().deprecated()) {
            doc.add("\n@deprecated the API marks this type deprecated.\n");
        }
        return doc.build();
    }

    private static CodeBlock constantJavadoc(EnumType.EnumConstant constant) {
        @Nullable String description = constant.description();
        return description == null || description.isBlank()
                ? CodeBlock.of("$L\n", Javadoc.code(constant.value()))
                : CodeBlock.of("$L: $L\n", Javadoc.code(constant.value()), Javadoc.escape(description));
    }
}
