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
        CodeBlock check = validation(type, CodeBlock.of("items"));
        if (check == null) {
            return null;
        }
        ClassName model = modelClass(type.withoutAnnotations());
        return model != null ? CodeBlock.of("$T::validate", names.validatorOf(modelTypes.get(model)))
                : CodeBlock.of("items -> $L", check);
    }

    /**
     * The call that validates {@code value} of {@code type}: {@code TaskValidator.validate(value)}, or for a list of
     * model values {@code Violations.eachItem(value, TaskValidator::validate)}; {@code null} when there is none.
     */
    private @Nullable CodeBlock validation(TypeName type, CodeBlock value) {
        if (names == null) {
            return null;
        }
        TypeName plain = type.withoutAnnotations();
        ClassName model = modelClass(plain);
        if (model != null) {
            return CodeBlock.of("$T.validate($L)", names.validatorOf(modelTypes.get(model)), value);
        }
        if (plain instanceof ParameterizedTypeName generic && generic.rawType().equals(LIST)) {
            ClassName item = modelClass(generic.typeArguments().get(0).withoutAnnotations());
            if (item != null) {
                return CodeBlock.of("$T.eachItem($L, $T::validate)", RuntimeTypes.VIOLATIONS, value,
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
        return responseValidator(plan.response()) != null;
    }

    /**
     * The validator of what a call returns: of its model type, or for a result type with one record per status,
     * {@code result -> result instanceof R.Ok ok ? StoredValidator.validate(ok.body()) : … : Violations.none()};
     * {@code null} when nothing is validated.
     */
    @Nullable CodeBlock responseValidator(ResponsePlan response) {
        if (response.kind() == ResponsePlan.Kind.JSON) {
            return validatorOf(response.javaType());
        }
        if (response.kind() != ResponsePlan.Kind.VARIANTS) {
            return null;
        }
        CodeBlock.Builder code = CodeBlock.builder().add("result -> ");
        boolean any = false;
        for (ResponsePlan.Variant variant : response.variants()) {
            String name = "status" + variant.status();
            CodeBlock check = variant.kind() == ResponsePlan.Kind.JSON && variant.body() != null
                    ? validation(variant.body(), CodeBlock.of("$N.body()", name)) : null;
            if (check != null) {
                code.add("result instanceof $T $N$W? $L$W: ", variant.record(), name, check);
                any = true;
            }
        }
        return any ? code.add("$T.none()", RuntimeTypes.VIOLATIONS).build() : null;
    }

    private @Nullable ClassName modelClass(TypeName type) {
        return type instanceof ClassName plain && modelTypes.containsKey(plain) ? plain : null;
    }
}
