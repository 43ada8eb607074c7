package dev.specgen.core.emit.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.core.emit.Javadoc;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The public methods of one operation: blocking and {@code CompletableFuture} flavours taking the required
 * inputs as arguments, and, when the operation has optional inputs, both flavours again taking the request class.
 * Every flavour ends in the client's single {@code send} method.
 */
final class OperationMethods {

    static final String SEND = "send";

    private OperationMethods() {}

    static List<MethodSpec> of(OperationPlan plan) {
        List<MethodSpec> methods = new ArrayList<>();
        List<ParameterSpec> arguments = arguments(plan.required());
        CodeBlock argumentNames = names(plan.required());
        String signature = signature(plan);

        methods.add(blocking(plan, arguments, argumentNames)
                .addJavadoc(describe(plan))
                .addJavadoc(paramsAndOutcome(plan, plan.required(), false))
                .build());
        MethodSpec.Builder async = start(plan, plan.asyncMethodName(), future(plan)).addParameters(arguments)
                .addJavadoc("Like {@link #$L}, without blocking.\n\n", signature)
                .addJavadoc(paramsAndOutcome(plan, plan.required(), true));
        if (plan.requestType() == null) {
            for (Input input : plan.required()) {
                if (!input.type().isPrimitive()) {
                    async.addStatement("$T.requireNonNull($N, $S)", RuntimeTypes.OBJECTS, input.javaName(),
                            input.javaName());
                }
            }
            async.addStatement("return $N($L)", SEND, RequestChain.of(plan, input -> CodeBlock.of("$N", input.javaName())));
            methods.add(async.build());
            return methods;
        }
        async.addStatement("return $N($T.builder($L).build())", plan.asyncMethodName(), plan.requestType(),
                argumentNames);
        methods.add(async.build());

        ParameterSpec request = ParameterSpec.builder(plan.requestType(), "request").build();
        methods.add(start(plan, plan.methodName(), plan.response().returnsNothing() ? TypeName.VOID
                        : plan.response().javaType())
                .addParameter(request)
                .addJavadoc(describe(plan))
                .addJavadoc("@param request every input of the call; optional ones may be left unset\n")
                .addJavadoc(outcome(plan, false))
                .addStatement(plan.response().returnsNothing() ? "$T.await($N(request))" : "return $T.await($N(request))",
                        RuntimeTypes.API_CALLER, plan.asyncMethodName())
                .build());
        methods.add(start(plan, plan.asyncMethodName(), future(plan))
                .addParameter(request)
                .addJavadoc("Like {@link #$L($T)}, without blocking.\n\n", plan.methodName(), plan.requestType())
                .addJavadoc("@param request every input of the call; optional ones may be left unset\n")
                .addJavadoc(outcome(plan, true))
                .addStatement("$T.requireNonNull(request, $S)", RuntimeTypes.OBJECTS, "request")
                .addStatement("return $N($L)", SEND, RequestChain.of(plan,
                        input -> CodeBlock.of("request.$N()", input.javaName())))
                .build());
        return methods;
    }

    private static MethodSpec.Builder blocking(OperationPlan plan, List<ParameterSpec> arguments, CodeBlock names) {
        boolean nothing = plan.response().returnsNothing();
        return start(plan, plan.methodName(), nothing ? TypeName.VOID : plan.response().javaType())
                .addParameters(arguments)
                .addStatement(nothing ? "$T.await($N($L))" : "return $T.await($N($L))", RuntimeTypes.API_CALLER,
                        plan.asyncMethodName(), names);
    }

    private static MethodSpec.Builder start(OperationPlan plan, String name, TypeName returns) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
        if (plan.operation().docs().deprecated()) {
            method.addAnnotation(AnnotationSpec.builder(Deprecated.class).build());
        }
        return method;
    }

    private static TypeName future(OperationPlan plan) {
        return ParameterizedTypeName.get(RuntimeTypes.COMPLETABLE_FUTURE, plan.response().javaType());
    }

    private static List<ParameterSpec> arguments(List<Input> inputs) {
        List<ParameterSpec> arguments = new ArrayList<>();
        for (Input input : inputs) {
            arguments.add(ParameterSpec.builder(input.type(), input.javaName()).build());
        }
        return arguments;
    }

    private static CodeBlock names(List<Input> inputs) {
        List<CodeBlock> names = new ArrayList<>();
        for (Input input : inputs) {
            names.add(CodeBlock.of("$N", input.javaName()));
        }
        return CodeBlock.join(names, ", ");
    }

    /** {@code describeTaskInfo(String)}, for {@code {@link #…}}. */
    private static String signature(OperationPlan plan) {
        List<String> types = new ArrayList<>();
        for (Input input : plan.required()) {
            types.add(erasure(input.type()));
        }
        return plan.methodName() + "(" + String.join(", ", types) + ")";
    }

    /** The erased type as a Javadoc link can name it: {@code java.lang} types by their simple name. */
    private static String erasure(TypeName type) {
        String text = type.withoutAnnotations().toString();
        int generic = text.indexOf('<');
        String erased = generic < 0 ? text : text.substring(0, generic);
        return erased.startsWith("java.lang.") && erased.indexOf('.', "java.lang.".length()) < 0
                ? erased.substring("java.lang.".length()) : erased;
    }

    private static CodeBlock describe(OperationPlan plan) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (plan.operation().docs().hasText()) {
            doc.add(Javadoc.of(plan.operation().docs())).add("\n<p>");
        }
        doc.add("$L $L", plan.operation().method(), Javadoc.code(plan.operation().path()));
        if (plan.action() != null) {
            doc.add(", action $L", Javadoc.code(plan.action()));
        }
        doc.add(". $L\n", Idempotency.explain(plan.operation()));
        if (plan.operation().docs().deprecated()) {
            doc.add("\n@deprecated the spec marks this operation deprecated\n");
        }
        return doc.add("\n").build();
    }

    private static CodeBlock paramsAndOutcome(OperationPlan plan, List<Input> inputs, boolean async) {
        CodeBlock.Builder doc = CodeBlock.builder();
        for (Input input : inputs) {
            doc.add("@param $N $L\n", input.javaName(), InputDocs.of(input));
        }
        return doc.add(outcome(plan, async)).build();
    }

    private static CodeBlock outcome(OperationPlan plan, boolean async) {
        ResponsePlan response = plan.response();
        String what = response.description() == null || response.description().isBlank()
                ? "the response" : Javadoc.escape(response.description());
        if (async) {
            return CodeBlock.of("@return a future of $L; it fails with an {@link $T} (an {@link $T} when the service"
                    + " answers with an error status)\n", response.returnsNothing() ? "{@code null}" : "the response",
                    RuntimeTypes.API_CALL_EXCEPTION, RuntimeTypes.API_EXCEPTION);
        }
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!response.returnsNothing()) {
            doc.add("@return $L\n", what);
        }
        return doc.add("@throws $T when the service answers with an error status; it carries the error code and"
                        + " the request id\n", RuntimeTypes.API_EXCEPTION)
                .add("@throws $T when no usable answer comes: a timeout, a connection failure, an unreadable body\n",
                        RuntimeTypes.API_CALL_EXCEPTION)
                .build();
    }
}
