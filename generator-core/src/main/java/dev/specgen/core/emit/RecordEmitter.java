package dev.specgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a record for an object type: one component per property, Jackson annotations for the wire
 * names, {@code @Nullable} on what may be absent, unmodifiable copies of collections, and a builder.
 */
final class RecordEmitter {

    private final JavaTypes types;

    RecordEmitter(JavaTypes types) {
        this.types = types;
    }

    JavaFile emit(RecordType record) {
        ClassName self = types.className(record.javaName());
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_IGNORE_PROPERTIES)
                        .addMember("ignoreUnknown", "true")
                        .build())
                .addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_INCLUDE)
                        .addMember("value", "$T.NON_NULL", JacksonNames.JSON_INCLUDE_INCLUDE)
                        .build())
                .addJavadoc(recordJavadoc(record));
        if (record.docs().deprecated()) {
            spec.addAnnotation(Deprecated.class);
        }
        for (String union : record.unions()) {
            spec.addSuperinterface(types.className(union));
        }
        if (!record.unions().isEmpty()) {
            // Jackson applies an interface's @JsonTypeInfo to its implementations too, so a property typed as this
            // record would be read by deduction among the union's variants, and fail when the value also fits another
            // (GitHub's Issue, a variant of projects-v2-item-simple-content). Read as this record, it is this record.
            spec.addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_TYPE_INFO)
                    .addMember("use", "$T.NONE", JacksonNames.JSON_TYPE_INFO_ID)
                    .build());
        }

        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Property property : record.properties()) {
            constructor.addCode(defensiveCopy(property));
        }
        List<ParameterSpec> components = new ArrayList<>();
        for (Property property : record.properties()) {
            ParameterSpec.Builder component = ParameterSpec.builder(componentType(property), property.javaName())
                    .addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_PROPERTY)
                            .addMember("value", "$S", property.jsonName())
                            .build());
            components.add(component.build());
            if (property.docs().deprecated()) {
                // javac ignores @Deprecated on a record component; it takes effect on an explicit accessor.
                spec.addMethod(MethodSpec.methodBuilder(property.javaName())
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(Deprecated.class)
                        .returns(componentType(property))
                        .addJavadoc("Returns $L\n\n@return the value, as received\n@deprecated the API marks this"
                                + " property deprecated.\n", componentDoc(property))
                        .addStatement("return $N", property.javaName())
                        .build());
            }
        }
        ExtraPropertiesMembers extras = record.additionalProperties() == null ? null
                : new ExtraPropertiesMembers(types, record.additionalProperties());
        if (extras != null) {
            constructor.addCode(extras.defensiveCopy());
            components.add(extras.component());
        }
        MethodSpec compact = constructor.build();
        MethodSpec.Builder canonical = compact.toBuilder().addParameters(components);
        spec.recordConstructor(canonical.build());

        spec.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addJavadoc("Starts a builder with every property unset.\n")
                .addStatement("return new $T()", builder)
                .build());
        spec.addMethod(toBuilder(record, builder));
        spec.addType(new BuilderEmitter(types).emit(record, self, builder));
        return JavaFile.builder(types.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private TypeName componentType(Property property) {
        return componentType(types, property);
    }

    /** The Java type of a property's component: {@code @Nullable} when the value may be absent. */
    static TypeName componentType(JavaTypes types, Property property) {
        return property.mayBeAbsent() ? types.nullable(property.type()) : types.of(property.type());
    }

    private static CodeBlock defensiveCopy(Property property) {
        String name = property.javaName();
        if (property.type() instanceof TypeRef.ListOf) {
            return CodeBlock.builder()
                    .addStatement("$N = $N == null ? null : $T.unmodifiableList(new $T<>($N))",
                            name, name, Collections.class, ArrayList.class, name)
                    .build();
        }
        if (property.type() instanceof TypeRef.MapOf || property.type() instanceof TypeRef.FreeFormObject) {
            return CodeBlock.builder()
                    .addStatement("$N = $N == null ? null : $T.unmodifiableMap(new $T<>($N))",
                            name, name, Collections.class, LinkedHashMap.class, name)
                    .build();
        }
        return CodeBlock.of("");
    }

    private static MethodSpec toBuilder(RecordType record, ClassName builder) {
        CodeBlock.Builder body = CodeBlock.builder().add("return new $T()", builder);
        for (Property property : record.properties()) {
            body.add("\n.$N($N)", property.javaName(), property.javaName());
        }
        if (record.additionalProperties() != null) {
            body.add("\n.$N($N)", record.additionalProperties().javaName(), record.additionalProperties().javaName());
        }
        return MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("Starts a builder with every property set as in this value.\n")
                .addStatement(body.build())
                .build();
    }

    private CodeBlock recordJavadoc(RecordType record) {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add(Javadoc.orElse(record.docs(), CodeBlock.of("The $L object of the API.\n",
                Javadoc.code(record.specName()))));
        if (!record.properties().isEmpty() || record.additionalProperties() != null) {
            doc.add("\n");
        }
        for (Property property : record.properties()) {
            doc.add("@param $L $L\n", property.javaName(), componentDoc(property));
        }
        if (record.additionalProperties() != null) {
            doc.add("@param $L $L\n", record.additionalProperties().javaName(),
                    new ExtraPropertiesMembers(types, record.additionalProperties()).javadoc());
        }
        if (record.docs().deprecated()) {
            doc.add("@deprecated the API marks this type deprecated.\n");
        }
        return doc.build();
    }

    static String componentDoc(Property property) {
        StringBuilder text = new StringBuilder();
        String description = property.docs().description() != null ? property.docs().description()
                : property.docs().summary();
        text.append(description == null ? "the " + Javadoc.code(property.jsonName()) + " property"
                : Javadoc.escape(description).replace("\n", " "));
        text.append(" (JSON ").append(Javadoc.code(property.jsonName()));
        if (property.required()) {
            text.append(", required");
        }
        if (property.defaultValue() != null) {
            text.append(", default ").append(Javadoc.code(render(property.defaultValue())));
        }
        if (property.readOnly()) {
            text.append(", read-only: responses carry it, requests leave it out");
        }
        if (property.writeOnly()) {
            text.append(", write-only: requests carry it, responses leave it out");
        }
        if (property.docs().deprecated()) {
            text.append(", deprecated");
        }
        text.append(')');
        return text.toString();
    }

    /** A JSON string literal. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** The value as compact JSON, for Javadoc. */
    static String render(JsonValue value) {
        if (value instanceof JsonValue.JsonString s) {
            return quote(s.value());
        }
        if (value instanceof JsonValue.JsonNumber n) {
            return n.value().toPlainString();
        }
        if (value instanceof JsonValue.JsonBoolean b) {
            return String.valueOf(b.value());
        }
        if (value instanceof JsonValue.JsonArray a) {
            return a.elements().stream().map(RecordEmitter::render)
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof JsonValue.JsonObject o) {
            return o.members().entrySet().stream()
                    .map(e -> quote(e.getKey()) + ": " + render(e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
        }
        return "null";
    }
}
