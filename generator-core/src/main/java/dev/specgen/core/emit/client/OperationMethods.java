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
 * The blocking flavours end in the client's {@code sendAndWait}, the others in its {@code send}; both take the
 * {@code ApiRequest} that one private method per operation builds.
 */
final class OperationMethods {

    private OperationMethods() {}

    static List<MethodSpec> of(OperationPlan plan, PrivateNames names, ClientValidators validators) {
        List<MethodSpec> methods = new ArrayList<>();
        List<ParameterSpec> arguments = arguments(plan.required());
        CodeBlock argumentNames = names(plan.required());
        boolean nothing = plan.response().returnsNothing();
        TypeName returns = nothing ? TypeName.VOID : plan.response().javaType();
        String returnOrNot = nothing ? "" : "return ";
        String builder = names.requestOf(plan.operation());
        CodeBlock call = plan.requestType() == null ? CodeBlock.of("$N($L)", builder, argumentNames)
                : CodeBlock.of("$N($T.builder($L).build())", builder, plan.requestType(), argumentNames);

        methods.add(start(plan, plan.methodName(), returns).addParameters(arguments)
                .addJavadoc(describe(plan))
                .addJavadoc(paramsAndOutcome(plan, validators, false))
                .addStatement("$L$N($L)", returnOrNot, names.sendAndWait(), call)
                .build());
        methods.add(start(plan, plan.asyncMethodName(), future(plan)).addParameters(arguments)
                .addJavadoc("Like {@link #$L}, without blocking.\n\n", signature(plan))
                .addJavadoc(paramsAndOutcome(plan, validators, true))
                .addStatement("return $N($L)", names.send(), call)
                .build());
        if (plan.requestType() != null) {
            ParameterSpec request = ParameterSpec.builder(plan.requestType(), "request").build();
            methods.add(start(plan, plan.methodName(), returns).addParameter(request)
                    .addJavadoc(describe(plan))
                    .addJavadoc("@param request every input of the call; optional ones may be left unset\n")
                    .addJavadoc(outcome(plan, validators, false))
                    .addStatement("$L$N($N(request))", returnOrNot, names.sendAndWait(), builder)
                    .build());
            methods.add(start(plan, plan.asyncMethodName(), future(plan)).addParameter(request)
                    .addJavadoc("Like {@link #$L($T)}, without blocking.\n\n", plan.methodName(), plan.requestType())
                    .addJavadoc("@param request every input of the call; optional ones may be left unset\n")
                    .addJavadoc(outcome(plan, validators, true))
                    .addStatement("return $N($N(request))", names.send(), builder)
                    .build());
        }
        methods.add(requestBuilder(plan, builder, validators));
        return methods;
    }

    /** The private method that checks the arguments and builds the call's {@code ApiRequest}. */
    private static MethodSpec requestBuilder(OperationPlan plan, String name, ClientValidators validators) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.API_REQUEST, plan.response().javaType()))
                .addJavadoc("Checks the inputs of one $L call and describes the request$L; nothing is encoded yet.\n",
                        plan.operation().operationId(), validators.validatesRequest(plan)
                                ? ", with what validates it before sending" : "");
        if (plan.requestType() != null) {
            return method.addParameter(plan.requestType(), "request")
                    .addStatement("$T.requireNonNull(request, $S)", RuntimeTypes.OBJECTS, "request")
                    .addStatement("return $L", RequestChain.of(plan, validators,
                            input -> CodeBlock.of("request.$N()", input.javaName())))
                    .build();
        }
        method.addParameters(arguments(plan.required()));
        for (Input input : plan.required()) {
            if (!input.type().isPrimitive()) {
                method.addStatement("$T.requireNonNull($N, $S)", RuntimeTypes.OBJECTS, input.javaName(),
                        input.javaName());
            }
        }
        return method.addStatement("return $L", RequestChain.of(plan, validators,
                        input -> CodeBlock.of("$N", input.javaName())))
                .build();
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
        if (!plan.operation().tags().isEmpty()) {
            doc.add("<p>Tags: $L.\n", String.join(", ", plan.operation().tags().stream().map(Javadoc::code).toList()));
        }
        if (plan.operation().docs().deprecated()) {
            doc.add("\n@deprecated the spec marks this operation deprecated\n");
        }
        return doc.add("\n").build();
    }

    private static CodeBlock paramsAndOutcome(OperationPlan plan, ClientValidators validators, boolean async) {
        CodeBlock.Builder doc = CodeBlock.builder();
        for (Input input : plan.required()) {
            doc.add("@param $N $L\n", input.javaName(), InputDocs.of(input));
        }
        return doc.add(outcome(plan, validators, async)).build();
    }

    private static CodeBlock outcome(OperationPlan plan, ClientValidators validators, boolean async) {
        ResponsePlan response = plan.response();
        String what = response.kind() == ResponsePlan.Kind.VARIANTS
                ? "the response: its record says which successful status came, with that status's body"
                : response.description() == null || response.description().isBlank()
                ? "the response" : Javadoc.escape(response.description());
        String invalid = invalidWhen(validators.validatesRequest(plan), validators.validatesResponse(plan));
        if (async) {
            return CodeBlock.of("@return a future of $L$L; it fails with an {@link $T} (an {@link $T} when the service"
                    + " answers with an error status$L)$L\n", response.returnsNothing() ? "{@code null}" : "the response",
                    response.returnsNothing() ? "" : withoutBody(response),
                    RuntimeTypes.API_CALL_EXCEPTION, RuntimeTypes.API_EXCEPTION, errorBody(response),
                    invalid.isEmpty() ? "" : CodeBlock.of(", or with a {@link $T} $L", RuntimeTypes.VALIDATION_EXCEPTION,
                            invalid));
        }
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!response.returnsNothing()) {
            doc.add("@return $L$L\n", what, withoutBody(response));
        }
        doc.add("@throws $T when the service answers with an error status; it carries the error code and"
                        + " the request id$L\n", RuntimeTypes.API_EXCEPTION, errorBody(response))
                .add("@throws $T when no usable answer comes: a timeout, a connection failure, an unreadable body\n",
                        RuntimeTypes.API_CALL_EXCEPTION);
        if (!invalid.isEmpty()) {
            doc.add("@throws $T $L\n", RuntimeTypes.VALIDATION_EXCEPTION, invalid);
        }
        return doc.build();
    }

    /** {@code , or null when the service answers 204}, when a 2xx status has no body; else empty. */
    private static String withoutBody(ResponsePlan response) {
        if (response.statusesWithoutBody().isEmpty()) {
            return "";
        }
        return ", or {@code null} when the service answers " + String.join(" or ",
                response.statusesWithoutBody().stream().map(String::valueOf).toList());
    }

    /** How to read the spec's error body from the exception, when the spec gives it a model type. */
    private static CodeBlock errorBody(ResponsePlan response) {
        return response.errorType() == null ? CodeBlock.of("")
                : CodeBlock.of("; {@code e.body($T.class)} reads its body as the spec's {@link $T}",
                        response.errorType(), response.errorType());
    }

    /** When a call fails with a {@code ValidationException}; empty when it cannot. */
    private static String invalidWhen(boolean request, boolean response) {
        String sent = "when the request breaks the spec (then nothing is sent)";
        String received = "when the response breaks the spec and response validation is {@code STRICT}";
        if (request && response) {
            return sent + ", or " + received.substring("when ".length());
        }
        return request ? sent : response ? received : "";
    }
}
