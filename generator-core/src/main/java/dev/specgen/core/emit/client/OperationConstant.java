package dev.specgen.core.emit.client;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import javax.lang.model.element.Modifier;

/**
 * The {@code ApiOperation} constant of an operation: name, method, path, fixed Alibaba Cloud headers, idempotency
 * (only when it differs from what the method implies), how the response is read and what validates it.
 */
final class OperationConstant {

    private OperationConstant() {}

    static FieldSpec of(OperationPlan plan, ServiceFacts service, ClientValidators validators) {
        CodeBlock.Builder init = CodeBlock.builder()
                .add("$T.builder($S, $S, $S)", RuntimeTypes.API_OPERATION, plan.operation().operationId(),
                        plan.operation().method(), plan.operation().path())
                .indent().indent();
        if (plan.action() != null) {
            init.add("\n.header($S, $S)", "x-acs-action", plan.action());
        }
        if (service.apiVersion() != null) {
            init.add("\n.header($S, $S)", "x-acs-version", service.apiVersion());
        }
        if (plan.idempotent() != Idempotency.byMethod(plan.operation())) {
            init.add("\n.idempotent($L)", plan.idempotent());
        }
        init.add("\n$L", plan.response().finisher(validators.responseValidator(plan.response()))).unindent().unindent();
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.API_OPERATION, plan.response().javaType()),
                        plan.constant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(init.build())
                .build();
    }
}
