package dev.specgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a call returns: the first 2xx response of the operation, read as JSON into its model type, as text, as
 * bytes, or not at all.
 *
 * @param javaType the boxed Java type the call returns ({@code Void} when nothing)
 * @param description the response's description from the spec, for Javadoc
 * @param statusesWithoutBody the other 2xx statuses that have no body ({@code 204} beside a {@code 200} with one):
 *     calls that get them return {@code null}
 * @param errorType the model type of the error body ({@code default}, {@code 4XX}, {@code 5XX} or a specific
 *     error status, in that order of preference), read by {@code ApiException.body(Class)}; {@code null} if none
 */
record ResponsePlan(Kind kind, TypeName javaType, @Nullable String statusCode, @Nullable String description,
        List<Integer> statusesWithoutBody, @Nullable ClassName errorType, List<Variant> variants) {

    ResponsePlan {
        statusesWithoutBody = List.copyOf(statusesWithoutBody);
        variants = List.copyOf(variants);
    }

    /** {@code VARIANTS}: the 2xx responses have different bodies, read into the result type's records. */
    enum Kind { JSON, TEXT, BYTES, NOTHING, VARIANTS }

    /**
     * One successful status of a {@code VARIANTS} response: the record of the result type it becomes.
     *
     * @param kind how its body is read ({@code NOTHING} when it has none)
     * @param body the body's Java type, or {@code null} when there is none
     */
    record Variant(String status, ClassName record, Kind kind, @Nullable TypeName body,
            @Nullable String description) {}

    static final TypeName VOID = ClassName.get(Void.class);

    /**
     * How {@code ApiOperation.Builder} finishes: {@code .returns(Task.class)}, {@code .returnsNothing()}, …; a JSON
     * response with a validator is {@code .returns(Task.class, TaskValidator::validate)}.
     */
    CodeBlock finisher(@Nullable CodeBlock validator) {
        CodeBlock.Builder finisher = CodeBlock.builder();
        statusesWithoutBody.forEach(status -> finisher.add(".withoutBodyOn($L)", status));
        return finisher.add(returns(validator)).build();
    }

    private CodeBlock returns(@Nullable CodeBlock validator) {
        return switch (kind) {
            case NOTHING -> CodeBlock.of(".returnsNothing()");
            case TEXT -> CodeBlock.of(".returnsText()");
            case BYTES -> CodeBlock.of(".returnsBytes()");
            case VARIANTS -> CodeBlock.of("$L$L)", variantsFinisher(),
                    validator == null ? "" : CodeBlock.of(",\n        $L", validator));
            case JSON -> CodeBlock.of(".returns($L$L)", javaType instanceof ClassName plain
                    ? CodeBlock.of("$T.class", plain)
                    : CodeBlock.of("new $T() {}", ParameterizedTypeName.get(RuntimeTypes.JSON_TYPE, javaType)),
                    validator == null ? "" : CodeBlock.of(", $L", validator));
        };
    }

    /** {@code .returns(ResponseVariants.<R>builder().json("200", Stored.class, R.Ok::new)….build())}. */
    private CodeBlock variantsFinisher() {
        CodeBlock.Builder code = CodeBlock.builder().add(".returns($T.<$T>builder()", RuntimeTypes.RESPONSE_VARIANTS,
                javaType);
        for (Variant variant : variants) {
            switch (variant.kind()) {
                case NOTHING -> code.add("\n        .empty($S, $T::new)", variant.status(), variant.record());
                case TEXT -> code.add("\n        .text($S, $T::new)", variant.status(), variant.record());
                case BYTES -> code.add("\n        .bytes($S, $T::new)", variant.status(), variant.record());
                default -> code.add("\n        .json($S, $L, $T::new)", variant.status(),
                        variant.body() instanceof ClassName plain ? CodeBlock.of("$T.class", plain)
                                : CodeBlock.of("new $T() {}", ParameterizedTypeName.get(RuntimeTypes.JSON_TYPE,
                                        variant.body())), variant.record());
            }
        }
        return code.add("\n        .build()").build();
    }

    boolean returnsNothing() {
        return kind == Kind.NOTHING;
    }
}
