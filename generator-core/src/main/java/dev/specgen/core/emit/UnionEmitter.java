package dev.specgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.UnionType;
import javax.lang.model.element.Modifier;

/**
 * Emits a sealed interface for a {@code oneOf}/{@code anyOf} of objects. With a discriminator, Jackson
 * picks the variant by the property's value; without one, by which properties are present.
 */
final class UnionEmitter {

    private final JavaTypes types;

    UnionEmitter(JavaTypes types) {
        this.types = types;
    }

    JavaFile emit(UnionType union) {
        ClassName self = types.className(union.javaName());
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc(javadoc(union));
        AnnotationSpec.Builder subTypes = AnnotationSpec.builder(JacksonNames.JSON_SUB_TYPES);
        for (UnionType.Variant variant : union.variants()) {
            ClassName record = types.className(variant.recordJavaName());
            spec.addPermittedSubclass(record);
            if (union.discriminatorProperty() == null) {
                subTypes.addMember("value", "$L", AnnotationSpec.builder(JacksonNames.JSON_SUB_TYPES_TYPE)
                        .addMember("value", "$T.class", record).build());
            }
            for (String name : variant.discriminatorValues()) {
                subTypes.addMember("value", "$L", AnnotationSpec.builder(JacksonNames.JSON_SUB_TYPES_TYPE)
                        .addMember("value", "$T.class", record)
                        .addMember("name", "$S", name)
                        .build());
            }
        }
        AnnotationSpec.Builder typeInfo = AnnotationSpec.builder(JacksonNames.JSON_TYPE_INFO);
        if (union.discriminatorProperty() == null) {
            typeInfo.addMember("use", "$T.DEDUCTION", JacksonNames.JSON_TYPE_INFO_ID);
            if (union.defaultVariant() != null) {
                typeInfo.addMember("defaultImpl", "$T.class", types.className(union.defaultVariant()));
            }
        } else {
            typeInfo.addMember("use", "$T.NAME", JacksonNames.JSON_TYPE_INFO_ID)
                    .addMember("include", "$T.EXISTING_PROPERTY", JacksonNames.JSON_TYPE_INFO_AS)
                    .addMember("property", "$S", union.discriminatorProperty())
                    .addMember("visible", "true");
            if (union.unknown() != null) {
                ClassName unknown = self.nestedClass(union.unknown().javaName());
                typeInfo.addMember("defaultImpl", "$T.class", unknown);
                spec.addPermittedSubclass(unknown);
                spec.addType(new UnknownVariantEmitter(types).emit(union, self, union.unknown()));
            }
        }
        spec.addAnnotation(typeInfo.build()).addAnnotation(subTypes.build());
        for (Property property : union.commonProperties()) {
            // Every variant record has this component, so its accessor implements the method.
            spec.addMethod(MethodSpec.methodBuilder(property.javaName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(RecordEmitter.componentType(types, property))
                    .addJavadoc("Returns $L, which every variant has.\n\n@return the value, as received\n",
                            RecordEmitter.componentDoc(property))
                    .build());
        }
        if (union.docs().deprecated()) {
            spec.addAnnotation(Deprecated.class);
        }
        return JavaFile.builder(types.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static CodeBlock javadoc(UnionType union) {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add(Javadoc.orElse(union.docs(), CodeBlock.of("The $L value of the API: one of several shapes.\n",
                Javadoc.code(union.specName()))));
        if (union.discriminatorProperty() != null) {
            doc.add("\n<p>The $L property says which shape a value has.", Javadoc.code(union.discriminatorProperty()));
            if (union.unknown() != null) {
                doc.add(" A value whose $L names no shape listed here\nis read as {@link $L}, not refused.",
                        Javadoc.code(union.discriminatorProperty()), union.unknown().javaName());
            }
            doc.add("\n");
        } else if (union.defaultVariant() != null) {
            doc.add("\n<p>The names of a value's properties say which shape it has; a value whose names fit\n"
                    + "several shapes, or none, is read as {@link $L}.\n", union.defaultVariant());
        }
        return doc.build();
    }
}
