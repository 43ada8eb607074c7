package dev.specgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.ScalarUnionType.Alternative;
import dev.specgen.core.model.ScalarUnionType.JsonKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits a union of scalars as a sealed interface with one nested record per alternative ({@code OfInteger(long
 * value)}, {@code OfString(String value)}). Jackson reads it through {@code fromJson}, a delegating creator that
 * picks the alternative by the kind of JSON value, and writes the record's one component as the raw value
 * ({@code @JsonValue}), so a body, and a parameter, carries exactly {@code 12} or {@code "ASC"}.
 */
final class ScalarUnionEmitter {

    static final ClassName VALUES = ClassName.get("dev.specgen.runtime.json", "ScalarUnionValues");

    private final JavaTypes types;

    ScalarUnionEmitter(JavaTypes types) {
        this.types = types;
    }

    JavaFile emit(ScalarUnionType union) {
        ClassName self = types.className(union.javaName());
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc(javadoc(union));
        if (union.docs().deprecated()) {
            spec.addAnnotation(Deprecated.class);
        }
        for (Alternative alternative : union.alternatives()) {
            spec.addPermittedSubclass(self.nestedClass(alternative.javaName()));
        }
        spec.addMethod(fromJson(union, self));
        for (Alternative alternative : union.alternatives()) {
            spec.addType(variant(alternative, self));
        }
        return JavaFile.builder(types.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /** The Java type of an alternative's value: a primitive where one holds every value. */
    static TypeName valueType(Alternative alternative) {
        return switch (alternative.valueKind()) {
            case INT64 -> TypeName.LONG;
            case DOUBLE -> TypeName.DOUBLE;
            case BOOLEAN -> TypeName.BOOLEAN;
            case BIG_INTEGER -> ClassName.get(BigInteger.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            default -> ClassName.get(String.class);
        };
    }

    /**
     * The delegating creator: a string, a boolean, an integer, then any number, each to its alternative. Integers
     * come before numbers: JSON Schema counts {@code 5} (and {@code 5.0}) as an integer, and as a number only where
     * the union has no integer alternative.
     */
    private static MethodSpec fromJson(ScalarUnionType union, ClassName self) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_CREATOR)
                        .addMember("mode", "$T.DELEGATING", JacksonNames.JSON_CREATOR_MODE)
                        .build())
                .returns(self)
                .addParameter(ParameterSpec.builder(ClassName.OBJECT.annotated(JavaTypes.NULLABLE_ANNOTATION), "value")
                        .build())
                .addJavadoc("The alternative a JSON value is, by its kind: what Jackson reads this type with.\n\n"
                        + "@param value a JSON scalar as Jackson reads it into {@code Object} ({@code String},"
                        + " {@code Boolean}, an {@code Integer}, {@code Long}, {@code BigInteger}, {@code Double} or"
                        + " {@code BigDecimal})\n"
                        + "@return the value, as its alternative\n"
                        + "@throws IllegalArgumentException when the value is not $L\n", union.expectedKinds());
        for (JsonKind kind : List.of(JsonKind.STRING, JsonKind.BOOLEAN, JsonKind.INTEGER, JsonKind.NUMBER)) {
            for (Alternative alternative : union.alternatives()) {
                if (alternative.jsonKind() == kind) {
                    addCase(method, alternative, self.nestedClass(alternative.javaName()));
                }
            }
        }
        return method.addStatement("throw $T.unexpected($T.class, value, $S)", VALUES, self, union.expectedKinds())
                .build();
    }

    private static void addCase(MethodSpec.Builder method, Alternative alternative, ClassName variant) {
        String local = switch (alternative.jsonKind()) {
            case STRING -> "text";
            case BOOLEAN -> "flag";
            case INTEGER -> "integer";
            case NUMBER -> "number";
        };
        if (alternative.jsonKind() == JsonKind.STRING || alternative.jsonKind() == JsonKind.BOOLEAN) {
            method.beginControlFlow("if (value instanceof $T $N)",
                    alternative.jsonKind() == JsonKind.STRING ? String.class : Boolean.class, local);
        } else {
            String reader = switch (alternative.valueKind()) {
                case INT64 -> "asLong";
                case BIG_INTEGER -> "asBigInteger";
                case DECIMAL -> "asDecimal";
                default -> "asDouble";
            };
            TypeName boxed = valueType(alternative).box();
            method.addStatement("$T $N = $T.$N(value)", boxed.annotated(JavaTypes.NULLABLE_ANNOTATION), local,
                    VALUES, reader);
            method.beginControlFlow("if ($N != null)", local);
        }
        method.addStatement("return new $T($N)", variant, local).endControlFlow();
    }

    private static TypeSpec variant(Alternative alternative, ClassName self) {
        ClassName name = self.nestedClass(alternative.javaName());
        TypeName value = valueType(alternative);
        TypeSpec.Builder record = TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC) // implied in an interface, so not printed
                .addSuperinterface(self)
                .addJavadoc(variantJavadoc(alternative));
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        if (!value.isPrimitive()) {
            constructor.addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
        }
        record.recordConstructor(constructor.addParameter(ParameterSpec.builder(value, "value")
                .addAnnotation(JacksonNames.JSON_VALUE)
                .build()).build());
        CodeBlock text = switch (alternative.valueKind()) {
            case INT64 -> CodeBlock.of("$T.toString(value)", Long.class);
            case DOUBLE -> CodeBlock.of("$T.toString(value)", Double.class);
            case BOOLEAN -> CodeBlock.of("$T.toString(value)", Boolean.class);
            case DECIMAL -> CodeBlock.of("value.toPlainString()");
            case BIG_INTEGER -> CodeBlock.of("value.toString()");
            default -> CodeBlock.of("value");
        };
        record.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The value as text, as a parameter sends it.\n")
                .addStatement("return $L", text)
                .build());
        return record.build();
    }

    private static CodeBlock variantJavadoc(Alternative alternative) {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add(Javadoc.orElse(alternative.docs(),
                CodeBlock.of("The value when it is $L.\n", alternative.jsonKind().phrase())));
        doc.add("\n<p>The $L alternative, at $L", alternative.jsonKind().name().toLowerCase(Locale.ROOT),
                Javadoc.code(alternative.location().pointer()));
        String format = alternative.constraints().format();
        if (format != null && keepsFormatAsText(alternative.kind())) {
            doc.add("; $L text is kept as received", Javadoc.code(format));
        }
        doc.add(".\n");
        if (!alternative.listedValues().isEmpty()) {
            doc.add("The spec lists the values $L.\n", String.join(", ",
                    alternative.listedValues().stream().map(Javadoc::code).toList()));
        }
        return doc.add("\n@param value the value, written to JSON as it is\n").build();
    }

    private static CodeBlock javadoc(ScalarUnionType union) {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add(Javadoc.orElse(union.docs(),
                CodeBlock.of("The $L value of the API.\n", Javadoc.code(union.specName()))));
        doc.add("\n<p>Either $L: the $L at $L. A value is read as the alternative of its JSON kind, and written\n"
                + "back as it is.\n", alternativesList(union), union.exclusive() ? "{@code oneOf}" : "{@code anyOf}",
                Javadoc.code(union.location().pointer()));
        if (union.docs().deprecated()) {
            doc.add("\n@deprecated the API marks this type deprecated.\n");
        }
        return doc.build();
    }

    /** {@code an integer ({@link OfInteger}) or a string ({@link OfString})}. */
    private static String alternativesList(ScalarUnionType union) {
        List<String> items = union.alternatives().stream()
                .map(a -> a.jsonKind().phrase() + " ({@link " + a.javaName() + "})").toList();
        int last = items.size() - 1;
        return String.join(", ", items.subList(0, last)) + " or " + items.get(last);
    }

    /**
     * Whether an alternative of this kind is kept as its text although elsewhere it has a type of its own
     * ({@code LenientDateTime}, {@code byte[]}): said in the Javadoc, since the format is then only checked.
     */
    private static boolean keepsFormatAsText(ScalarKind kind) {
        return kind == ScalarKind.DATE_TIME || kind == ScalarKind.DATE || kind == ScalarKind.BASE64;
    }
}
