package dev.specgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.UnionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the record, nested in a discriminated union's interface, that Jackson reads a value into when its
 * discriminator names no variant ({@code defaultImpl}): the discriminator as text, the properties every variant
 * shares (so that it implements the interface's accessors), and every other member in a map, written back as it
 * came.
 */
final class UnknownVariantEmitter {

    private final JavaTypes types;

    UnknownVariantEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(UnionType union, ClassName self, UnionType.Unknown unknown) {
        ClassName record = self.nestedClass(unknown.javaName());
        TypeName members = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                ClassName.OBJECT.annotated(JavaTypes.NULLABLE_ANNOTATION));
        TypeSpec.Builder spec = TypeSpec.recordBuilder(record)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_INCLUDE)
                        .addMember("value", "$T.NON_NULL", JacksonNames.JSON_INCLUDE_INCLUDE)
                        .build())
                // Read as itself where it is expected, not by the interface's discriminator.
                .addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_TYPE_INFO)
                        .addMember("use", "$T.NONE", JacksonNames.JSON_TYPE_INFO_ID)
                        .build());
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("A value whose $L names none of the shapes this version of the API lists, most likely\n"
                        + "a shape the service added since: kept whole, so that it can be logged, passed on or written\n"
                        + "back.\n\n", Javadoc.code(union.discriminatorProperty()));
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        List<ParameterSpec> components = new ArrayList<>();
        if (unknown.discriminatorJavaName() != null) {
            components.add(ParameterSpec.builder(
                            ClassName.get(String.class).annotated(JavaTypes.NULLABLE_ANNOTATION),
                            unknown.discriminatorJavaName())
                    .addAnnotation(jsonProperty(union.discriminatorProperty()))
                    .build());
            doc.add("@param $L the $L, as received\n", unknown.discriminatorJavaName(),
                    Javadoc.code(union.discriminatorProperty()));
        }
        for (Property property : union.commonProperties()) {
            components.add(ParameterSpec.builder(
                            types.nullable(property.type()), property.javaName())
                    .addAnnotation(jsonProperty(property.jsonName()))
                    .build());
            doc.add("@param $L $L\n", property.javaName(), RecordEmitter.componentDoc(property));
        }
        components.add(ParameterSpec.builder(members, unknown.membersJavaName())
                .addAnnotation(JacksonNames.JSON_ANY_SETTER)
                .addAnnotation(JacksonNames.JSON_ANY_GETTER)
                .build());
        doc.add("@param $L every other JSON member, by name, in the order received (empty, never null)\n",
                unknown.membersJavaName());
        constructor.addStatement("$N = $N == null ? $T.of() : $T.unmodifiableMap(new $T<>($N))",
                unknown.membersJavaName(), unknown.membersJavaName(), Map.class, Collections.class,
                LinkedHashMap.class, unknown.membersJavaName());
        spec.recordConstructor(constructor.build().toBuilder().addParameters(components).build());
        return spec.addJavadoc(doc.build()).build();
    }

    private static AnnotationSpec jsonProperty(String jsonName) {
        return AnnotationSpec.builder(JacksonNames.JSON_PROPERTY).addMember("value", "$S", jsonName).build();
    }
}
