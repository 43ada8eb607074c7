package dev.specgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import dev.specgen.runtime.validation.JsonPath;

/**
 * Where the value being checked sits relative to the root of the violations being collected, as the
 * arguments of the {@code Violations} call that moves a rule's {@code $} there: a property's path
 * ({@code "$.Progress", …}), a list index ({@code i, …}), a map key ({@code entry.getKey(), …}), the root
 * itself, or a parameter's runtime expression such as {@code $request.path.task_id}.
 */
record Where(String addMethod, String addAllMethod, CodeBlock argument) {

    /** A property: its path is computed here, once, with the runtime's own path syntax ({@code $.task_id}). */
    static Where member(String jsonName) {
        return under(JsonPath.member(JsonPath.ROOT, jsonName));
    }

    /** An index or a map key held by a Java expression. */
    static Where at(String expression) {
        return new Where("add", "addAll", CodeBlock.of("$L, ", expression));
    }

    static Where root() {
        return new Where("add", "addAll", CodeBlock.of(""));
    }

    static Where under(String path) {
        return new Where("addUnder", "addAllUnder", CodeBlock.of("$S, ", path));
    }

    /** {@code found = Violations.add(found, <where>, <violation or null>)}. */
    CodeBlock add(CodeBlock violation) {
        return CodeBlock.of("found = $T.$L(found, $L$L)", ValidatorNames.VIOLATIONS, addMethod, argument, violation);
    }

    /** {@code found = Violations.addAll(found, <where>, <violations>)}. */
    CodeBlock addAll(CodeBlock violations) {
        return CodeBlock.of("found = $T.$L(found, $L$L)", ValidatorNames.VIOLATIONS, addAllMethod, argument,
                violations);
    }
}
