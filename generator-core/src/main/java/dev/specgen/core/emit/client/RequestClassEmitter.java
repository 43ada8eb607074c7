package dev.specgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.core.emit.JavaTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The request class of an operation with optional inputs: a record of every input, required ones first, created
 * with {@code builder(required…)} so that a required input cannot be forgotten. Its {@code toString} hides
 * header and cookie values, which may be credentials.
 */
final class RequestClassEmitter {

    private RequestClassEmitter() {}

    static JavaFile emit(OperationPlan plan, ClassName client, String packageName) {
        ClassName self = plan.requestType();
        ClassName builder = self.nestedClass("Builder");
        List<Input> inputs = plan.inputs();
        TypeSpec.Builder record = TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The inputs of {@link $T#$N($T)}: $L\n\n", client, plan.methodName(), self,
                        plan.operation().operationId());
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        List<ParameterSpec> components = new ArrayList<>();
        for (Input input : inputs) {
            components.add(ParameterSpec.builder(componentType(input), input.javaName()).build());
            record.addJavadoc("@param $N $L\n", input.javaName(), InputDocs.of(input));
            if (input.required() && !input.type().isPrimitive()) {
                compact.addStatement("$T.requireNonNull($N, $S)", RuntimeTypes.OBJECTS, input.javaName(),
                        input.javaName());
            }
        }
        record.recordConstructor(compact.addParameters(components).build());
        MethodSpec.Builder factory = MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder).addJavadoc("Starts a request with its required inputs; the optional ones are unset.\n");
        List<CodeBlock> names = new ArrayList<>();
        for (Input input : plan.required()) {
            factory.addParameter(input.type(), input.javaName());
            factory.addJavadoc("\n@param $N $L", input.javaName(), InputDocs.of(input));
            names.add(CodeBlock.of("$N", input.javaName()));
        }
        record.addMethod(factory.addStatement("return new $T($L)", builder, CodeBlock.join(names, ", ")).build());
        if (inputs.stream().anyMatch(Input::mayBeSecret)) {
            record.addMethod(redactedToString(self, inputs));
        }
        record.addType(builderClass(self, builder, plan));
        return JavaFile.builder(packageName, record.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static TypeName componentType(Input input) {
        return input.required() || input.type().isPrimitive() ? input.type()
                : input.type().annotated(JavaTypes.NULLABLE_ANNOTATION);
    }

    private static TypeSpec builderClass(ClassName self, ClassName builder, OperationPlan plan) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL).addJavadoc("Builds {@link $T} values. Not thread-safe.\n", self);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        List<CodeBlock> all = new ArrayList<>();
        for (Input input : plan.required()) {
            spec.addField(input.type(), input.javaName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(input.type(), input.javaName())
                    .addStatement("this.$N = $T.requireNonNull($N, $S)", input.javaName(), RuntimeTypes.OBJECTS,
                            input.javaName(), input.javaName());
            all.add(CodeBlock.of("$N", input.javaName()));
        }
        spec.addMethod(constructor.build());
        for (Input input : plan.optional()) {
            TypeName type = componentType(input);
            spec.addField(type, input.javaName(), Modifier.PRIVATE);
            spec.addMethod(MethodSpec.methodBuilder(input.javaName()).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(type, input.javaName())
                    .addJavadoc("Sets $L; {@code null} leaves it unset.\n\n@return this builder\n", InputDocs.of(input))
                    .addStatement("this.$N = $N", input.javaName(), input.javaName())
                    .addStatement("return this")
                    .build());
            all.add(CodeBlock.of("$N", input.javaName()));
        }
        spec.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("Creates the request.\n")
                .addStatement("return new $T($L)", self, CodeBlock.join(all, ", "))
                .build());
        return spec.build();
    }

    private static MethodSpec redactedToString(ClassName self, List<Input> inputs) {
        CodeBlock.Builder text = CodeBlock.builder().add("$S", self.simpleName() + "[");
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            String label = (i == 0 ? "" : ", ") + input.javaName() + "=";
            if (input.mayBeSecret()) {
                text.add(" + $S", label + (input.required() ? "***" : ""));
                if (!input.required()) {
                    text.add(" + ($N == null ? $S : $S)", input.javaName(), "null", "***");
                }
            } else {
                text.add(" + $S + $N", label, input.javaName());
            }
        }
        text.add(" + $S", "]");
        return MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("Shows every input but the values of headers and cookies, which may be credentials.\n")
                .addStatement("return $L", text.build())
                .build();
    }
}
