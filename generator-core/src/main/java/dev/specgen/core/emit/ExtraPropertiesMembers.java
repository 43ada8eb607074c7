package dev.specgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.TypeRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The members of a record that keeps the JSON members its schema does not list ({@code additionalProperties:
 * true} or a schema): a map component that Jackson fills with every unlisted member on reading
 * ({@code @JsonAnySetter}) and writes back as members of the object ({@code @JsonAnyGetter}), never
 * {@code null}, so a value read and written again loses nothing.
 */
final class ExtraPropertiesMembers {

    private final JavaTypes types;
    private final RecordType.AdditionalProperties extras;

    ExtraPropertiesMembers(JavaTypes types, RecordType.AdditionalProperties extras) {
        this.types = types;
        this.extras = extras;
    }

    String name() {
        return extras.javaName();
    }

    /** {@code Map<String, T>}, with {@code @Nullable} values where the schema allows {@code null}. */
    TypeName mapType() {
        TypeRef.MapOf map = extras.type();
        TypeName values = map.valuesNullable() ? types.nullable(map.values()) : types.of(map.values());
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), values);
    }

    ParameterSpec component() {
        return ParameterSpec.builder(mapType(), name())
                .addAnnotation(JacksonNames.JSON_ANY_SETTER)
                .addAnnotation(JacksonNames.JSON_ANY_GETTER)
                .build();
    }

    /** An unmodifiable copy; an empty map where the caller (or Jackson, when there was nothing) gave none. */
    CodeBlock defensiveCopy() {
        return CodeBlock.builder()
                .addStatement("$N = $N == null ? $T.of() : $T.unmodifiableMap(new $T<>($N))",
                        name(), name(), Map.class, Collections.class, LinkedHashMap.class, name())
                .build();
    }

    /** For the record's {@code @param}: what the map holds. */
    String javadoc() {
        return "the JSON members the schema does not list, by name, in the order received (empty, never null,"
                + " when there are none)";
    }

    FieldSpec builderField() {
        return FieldSpec.builder(mapType(), name(), Modifier.PRIVATE)
                .initializer("new $T<>()", LinkedHashMap.class)
                .build();
    }

    MethodSpec builderSetter(ClassName builder) {
        return MethodSpec.methodBuilder(name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(mapType(), name())
                .addJavadoc("Sets the JSON members the schema does not list, by name: they are written beside the"
                        + " listed ones. Replaces any set before.\n\n@return this builder\n")
                .addStatement("this.$N = new $T<>($N)", name(), LinkedHashMap.class, name())
                .addStatement("return this")
                .build();
    }
}
