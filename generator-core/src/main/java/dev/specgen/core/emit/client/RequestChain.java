package dev.specgen.core.emit.client;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The code that builds one call's {@code ApiRequest}: {@code OPERATION.newRequest().pathParameter(…)…build()},
 * with each input's value given by an expression (an argument, or a request class accessor).
 */
final class RequestChain {

    private RequestChain() {}

    static CodeBlock of(OperationPlan plan, Function<Input, CodeBlock> value) {
        CodeBlock.Builder code = CodeBlock.builder().add("$N.newRequest()", plan.constant());
        List<Input> formFields = new ArrayList<>();
        for (Input input : plan.inputs()) {
            CodeBlock v = value.apply(input);
            switch (input.placement()) {
                case PATH -> code.add("\n.pathParameter($S, $L)", input.wireName(), v);
                case QUERY -> code.add(input.delimiter() == null ? CodeBlock.of("\n.queryParameter($S, $L)",
                        input.wireName(), v) : CodeBlock.of("\n.queryParameter($S, $L, $S)", input.wireName(), v,
                        input.delimiter()));
                case HEADER -> code.add("\n.header($S, $L)", input.wireName(), v);
                case COOKIE -> code.add("\n.cookie($S, $L)", input.wireName(), v);
                case JSON_BODY -> code.add("\n.jsonBody($L, $S)", v, input.wireName());
                case FORM_BODY -> code.add("\n.formBody($L, $T.$L)", v, RuntimeTypes.FORM_STYLE, plan.formStyle());
                case RAW_BODY -> code.add("\n.body($L, $S)", v, input.wireName());
                case FORM_FIELD -> formFields.add(input);
            }
        }
        if (!formFields.isEmpty()) {
            CodeBlock.Builder record = CodeBlock.builder().add("$T.builder()", plan.formRecord());
            for (Input field : formFields) {
                record.add("\n        .$N($L)", field.javaName(), value.apply(field));
            }
            record.add("\n        .build()");
            code.add("\n.formBody($L, $T.$L)", record.build(), RuntimeTypes.FORM_STYLE, plan.formStyle());
        }
        return code.add("\n.build()").build();
    }
}
