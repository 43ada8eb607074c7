package dev.specgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * What a call returns: the first 2xx response of the operation, read as JSON into its model type, as text, as
 * bytes, or not at all.
 *
 * @param javaType the boxed Java type the call returns ({@code Void} when nothing)
 * @param description the response's description from the spec, for Javadoc
 */
record ResponsePlan(Kind kind, TypeName javaType, @Nullable String statusCode, @Nullable String description) {

    enum Kind { JSON, TEXT, BYTES, NOTHING }

    static final TypeName VOID = ClassName.get(Void.class);

    /**
     * How {@code ApiOperation.Builder} finishes: {@code .returns(Task.class)}, {@code .returnsNothing()}, …; a JSON
     * response with a validator is {@code .returns(Task.class, TaskValidator::validate)}.
     */
    CodeBlock finisher(@Nullable CodeBlock validator) {
        return switch (kind) {
            case NOTHING -> CodeBlock.of(".returnsNothing()");
            case TEXT -> CodeBlock.of(".returnsText()");
            case BYTES -> CodeBlock.of(".returnsBytes()");
            case JSON -> CodeBlock.of(".returns($L$L)", javaType instanceof ClassName plain
                    ? CodeBlock.of("$T.class", plain)
                    : CodeBlock.of("new $T() {}", ParameterizedTypeName.get(RuntimeTypes.JSON_TYPE, javaType)),
                    validator == null ? "" : CodeBlock.of(", $L", validator));
        };
    }

    boolean returnsNothing() {
        return kind == Kind.NOTHING;
    }
}
