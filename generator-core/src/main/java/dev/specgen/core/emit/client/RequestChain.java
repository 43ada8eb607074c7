package dev.specgen.core.emit.client;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.core.model.Operation;
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
                case PATH, QUERY, HEADER, COOKIE -> code.add(parameter(input, v));
                case JSON_BODY -> code.add(bodyValidator == null ? CodeBlock.of("\n.jsonBody($L, $S)", v,
                        input.wireName()) : CodeBlock.of("\n.jsonBody($L, $S, $L)", v, input.wireName(), bodyValidator));
                case FORM_BODY -> code.add("\n.formBody($L, $T.$L$L)", v, RuntimeTypes.FORM_STYLE, plan.formStyle(),
                        bodyValidator == null ? "" : CodeBlock.of(", $L", bodyValidator));
                case RAW_BODY -> code.add("\n.body($L, $S)", v, input.wireName());
                case MULTIPART_BODY -> code.add("\n.multipartBody($L)", v);
                case FORM_FIELD -> formFields.add(input);
                case MULTIPART_PART -> { } // sent in the schema's order, below
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
        if (!plan.parts().isEmpty()) {
            CodeBlock.Builder multipart = CodeBlock.builder().add("$T.builder()", RuntimeTypes.MULTIPART);
            for (OperationPlan.Part part : plan.parts()) {
                Input input = part.input();
                multipart.add(part.contentType() == null
                        ? CodeBlock.of("\n        .part($S, $L)", input.wireName(), value.apply(input))
                        : CodeBlock.of("\n        .part($S, $L, $S)", input.wireName(), value.apply(input),
                                part.contentType()));
            }
            code.add("\n.multipartBody($L\n        .build())", multipart.build());
        }
        CodeBlock parameterCheck = validators.parameterCheck(plan.operation(), parameterValues::get);
        if (parameterCheck != null) {
            code.add("\n.parametersValidatedBy($L)", parameterCheck);
        }
        return code.add("\n.build()").build();
    }

    /**
     * A parameter in its style: the short form when the spec keeps the location's default (path and header:
     * simple; query and cookie: form, exploded), else the style, explode and allowReserved spelled out. A parameter
     * described by JSON {@code content} is wrapped in {@code JsonParameter.of(…)}, which sends its JSON text.
     */
    private static CodeBlock parameter(Input input, CodeBlock value) {
        Operation.Parameter parameter = java.util.Objects.requireNonNull(input.parameter(), input.javaName());
        String name = input.wireName();
        if (parameter.contentType() != null && OperationPlanner.isJson(parameter.contentType())) {
            value = CodeBlock.of("$T.of($L)", RuntimeTypes.JSON_PARAMETER, value);
        }
        boolean explode = parameter.explode();
        return switch (parameter.in()) {
            case PATH -> parameter.style().equals("simple") && !explode
                    ? CodeBlock.of("\n.pathParameter($S, $L)", name, value)
                    : CodeBlock.of("\n.pathParameter($S, $L, $T.$L, $L)", name, value, RuntimeTypes.PARAMETER_STYLE,
                            styleConstant(parameter.style()), explode);
            case QUERY -> parameter.allowReserved()
                    ? CodeBlock.of("\n.queryParameter($S, $L, $T.$L, $L, true)", name, value,
                            RuntimeTypes.PARAMETER_STYLE, styleConstant(parameter.style()), explode)
                    : parameter.style().equals("form") && explode
                    ? CodeBlock.of("\n.queryParameter($S, $L)", name, value)
                    : CodeBlock.of("\n.queryParameter($S, $L, $T.$L, $L)", name, value, RuntimeTypes.PARAMETER_STYLE,
                            styleConstant(parameter.style()), explode);
            case HEADER -> explode ? CodeBlock.of("\n.header($S, $L, true)", name, value)
                    : CodeBlock.of("\n.header($S, $L)", name, value);
            case COOKIE -> explode ? CodeBlock.of("\n.cookie($S, $L)", name, value)
                    : CodeBlock.of("\n.cookie($S, $L, false)", name, value);
        };
    }

    /** {@code spaceDelimited} → {@code SPACE_DELIMITED}: the runtime's {@code ParameterStyle} constant. */
    static String styleConstant(String style) {
        return style.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
