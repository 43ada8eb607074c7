package dev.specgen.core.emit.client;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The code that builds one call's {@code ApiRequest}: {@code OPERATION.newRequest().pathParameter(…)…build()},
 * with each input's value given by an expression (an argument, or a request class accessor), and, when validators
 * were generated, what checks the parameters and the body before sending.
 */
final class RequestChain {

    private RequestChain() {}

    static CodeBlock of(OperationPlan plan, ClientValidators validators, Function<Input, CodeBlock> value) {
        CodeBlock.Builder code = CodeBlock.builder().add("$N.newRequest()", plan.constant());
        List<Input> formFields = new ArrayList<>();
        Map<String, CodeBlock> parameterValues = new HashMap<>();
        for (Input input : plan.inputs()) {
            CodeBlock v = value.apply(input);
            CodeBlock bodyValidator = input.isParameter() ? null : validators.validatorOf(input.type());
            switch (input.placement()) {
                case PATH -> code.add("\n.pathParameter($S, $L)", input.wireName(), v);
                case QUERY -> code.add(input.delimiter() == null ? CodeBlock.of("\n.queryParameter($S, $L)",
                        input.wireName(), v) : CodeBlock.of("\n.queryParameter($S, $L, $S)", input.wireName(), v,
                        input.delimiter()));
                case HEADER -> code.add("\n.header($S, $L)", input.wireName(), v);
                case COOKIE -> code.add("\n.cookie($S, $L)", input.wireName(), v);
                case JSON_BODY -> code.add(bodyValidator == null ? CodeBlock.of("\n.jsonBody($L, $S)", v,
                        input.wireName()) : CodeBlock.of("\n.jsonBody($L, $S, $L)", v, input.wireName(), bodyValidator));
                case FORM_BODY -> code.add("\n.formBody($L, $T.$L$L)", v, RuntimeTypes.FORM_STYLE, plan.formStyle(),
                        bodyValidator == null ? "" : CodeBlock.of(", $L", bodyValidator));
                case RAW_BODY -> code.add("\n.body($L, $S)", v, input.wireName());
                case FORM_FIELD -> formFields.add(input);
            }
            if (input.isParameter()) {
                parameterValues.put(input.javaName(), v);
            }
        }
        if (!formFields.isEmpty()) {
            CodeBlock.Builder record = CodeBlock.builder().add("$T.builder()", plan.formRecord());
            for (Input field : formFields) {
                record.add("\n        .$N($L)", field.javaName(), value.apply(field));
            }
            record.add("\n        .build()");
            CodeBlock recordValidator = validators.validatorOf(plan.formRecord());
            code.add("\n.formBody($L, $T.$L$L)", record.build(), RuntimeTypes.FORM_STYLE, plan.formStyle(),
                    recordValidator == null ? "" : CodeBlock.of(", $L", recordValidator));
        }
        CodeBlock parameterCheck = validators.parameterCheck(plan.operation(), parameterValues::get);
        if (parameterCheck != null) {
            code.add("\n.parametersValidatedBy($L)", parameterCheck);
        }
        return code.add("\n.build()").build();
    }
}
