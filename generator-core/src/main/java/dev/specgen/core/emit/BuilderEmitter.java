package dev.specgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested {@code Builder} of a record. Setters are named after the components; a property
 * with a default starts out with it, so that a value built without it carries what the spec promises.
 */
final class BuilderEmitter {

    private final JavaTypes types;

    BuilderEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(RecordType record, ClassName self, ClassName builder) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds {@link $T} values. Not thread-safe.\n", self)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (record.docs().deprecated()) {
            spec.addAnnotation(Deprecated.class);
        }
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < record.properties().size(); i++) {
            Property property = record.properties().get(i);
            FieldSpec.Builder field = FieldSpec.builder(types.nullable(property.type()), property.javaName(),
                    Modifier.PRIVATE);
            CodeBlock initial = DefaultValues.initializer(property, types);
            if (initial != null) {
                field.initializer(initial);
            }
            spec.addField(field.build());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(property.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(types.nullable(property.type()), property.javaName())
                    .addJavadoc("Sets $L\n\n@return this builder\n", RecordEmitter.componentDoc(property))
                    .addStatement("this.$N = $N", property.javaName(), property.javaName())
                    .addStatement("return this");
            if (property.docs().deprecated()) {
                setter.addAnnotation(Deprecated.class);
            }
            spec.addMethod(setter.build());
            arguments.add(i == 0 ? "$N" : ", $N", property.javaName());
        }
        if (record.additionalProperties() != null) {
            ExtraPropertiesMembers extras = new ExtraPropertiesMembers(types, record.additionalProperties());
            spec.addField(extras.builderField());
            spec.addMethod(extras.builderSetter(builder));
            arguments.add(record.properties().isEmpty() ? "$N" : ", $N", extras.name());
        }
        spec.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("Creates the value. Required properties are not checked here: a generated validator"
                        + " reports every missing one at once.\n")
                .addStatement("return new $T($L)", self, arguments.build())
                .build());
        return spec.build();
    }
}
