package dev.specgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.core.emit.JavaTypes;
import dev.specgen.core.emit.ValidatorNames;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a generated client validates with: an operation's {@code ParameterValidation} method, and the
 * {@code <Type>Validator} of a body or response whose type is a model type or a list of one. When the generator
 * emits no validators, there is nothing to validate with, so the client never names a class that does not exist.
 */
final class ClientValidators {

    private static final ClassName LIST = ClassName.get(List.class);

    private final @Nullable ValidatorNames names;
    /** The model types by their class, each with the Java name its validator is named after. */
    private final Map<ClassName, String> modelTypes = new HashMap<>();

    private ClientValidators(@Nullable ValidatorNames names, ApiModel model, JavaTypes types) {
        this.names = names;
        for (TypeDef type : model.types()) {
            modelTypes.put(types.className(type.javaName()), type.javaName());
        }
    }

    /** The validators the generator emits next to the models of {@code packageName}. */
    static ClientValidators generated(ApiModel model, JavaTypes types, String packageName) {
        return new ClientValidators(new ValidatorNames(packageName), model, types);
    }

    /** No validators were generated: nothing is validated. */
    static ClientValidators none(ApiModel model, JavaTypes types) {
        return new ClientValidators(null, model, types);
    }

    /** Whether validators were generated, so that the client validates at all. */
    boolean exist() {
        return names != null;
    }

    /**
     * A {@code Validator} of values of {@code type}: {@code TaskValidator::validate}, or for a list of model values
     * {@code items -> Violations.eachItem(items, TaskValidator::validate)}; {@code null} when there is none (no
     * validators, or a type such as {@code String} or {@code Map} that has no generated validator).
     */
    @Nullable CodeBlock validatorOf(TypeName type) {
        if (names == null) {
            return null;
        }
        TypeName plain = type.withoutAnnotations();
        ClassName model = modelClass(plain);
        if (model != null) {
            return CodeBlock.of("$T::validate", names.validatorOf(modelTypes.get(model)));
        }
        if (plain instanceof ParameterizedTypeName generic && generic.rawType().equals(LIST)) {
            ClassName item = modelClass(generic.typeArguments().get(0).withoutAnnotations());
            if (item != null) {
                return CodeBlock.of("items -> $T.eachItem(items, $T::validate)", RuntimeTypes.VIOLATIONS,
                        names.validatorOf(modelTypes.get(item)));
            }
        }
        return null;
    }

    /**
     * The check of an operation's parameters, {@code () -> ParameterValidation.describeTask(taskId)}, with each
     * parameter's value given by {@code value} (from its Java name); {@code null} when it has no parameters or no
     * validators were generated.
     */
    @Nullable CodeBlock parameterCheck(Operation operation, Function<String, CodeBlock> value) {
        if (names == null || operation.parameters().isEmpty()) {
            return null;
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (Operation.Parameter parameter : operation.parameters()) {
            arguments.add(value.apply(parameter.javaName()));
        }
        return CodeBlock.of("() -> $T.$N($L)", names.parameterValidation(), operation.javaName(),
                CodeBlock.join(arguments, ",$W"));
    }

    /** Whether a call of the operation is validated before sending: its parameters, or its body. */
    boolean validatesRequest(OperationPlan plan) {
        if (names == null) {
            return false;
        }
        if (!plan.operation().parameters().isEmpty()) {
            return true;
        }
        for (Input input : plan.inputs()) {
            boolean body = input.placement() == Input.Placement.JSON_BODY
                    || input.placement() == Input.Placement.FORM_BODY;
            if (body && validatorOf(input.type()) != null) {
                return true;
            }
        }
        return plan.formRecord() != null && validatorOf(plan.formRecord()) != null;
    }

    /** Whether the operation's successful response is validated after reading. */
    boolean validatesResponse(OperationPlan plan) {
        return plan.response().kind() == ResponsePlan.Kind.JSON && validatorOf(plan.response().javaType()) != null;
    }

    private @Nullable ClassName modelClass(TypeName type) {
        return type instanceof ClassName plain && modelTypes.containsKey(plain) ? plain : null;
    }
}
