package dev.specgen.runtime.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One way a value breaks its schema.
 *
 * @param path where, as a JSON path from the validated value: {@code $} is the value itself,
 *     {@code $.stages[0].state} a property of an item of a list (names that are not identifiers are
 *     bracketed: {@code $.labels['app/name']}); request parameters are named as OpenAPI's runtime
 *     expressions name them, e.g. {@code $request.path.task_id}
 * @param rule the rule that is broken
 * @param message what is wrong, for people, e.g. {@code 10001 is above the maximum 10000}
 * @param value the offending value as JSON text ({@code "paused"}, {@code 10001}), or {@code null} where
 *     it is not shown: for collections and objects, for text longer than {@value ShownValues#MAX_LENGTH}
 *     characters, and for values the spec marks as secret
 */
public record Violation(String path, Rule rule, String message, @Nullable String value) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** A violation of the value at the root ({@code $}). */
    static Violation atRoot(Rule rule, String message, @Nullable String value) {
        return new Violation(JsonPath.ROOT, rule, message, value);
    }

    /**
     * The same violation seen from an enclosing value: {@code $.state} under {@code $.stages[0]} is
     * {@code $.stages[0].state}.
     *
     * @param parentPath the path of this violation's root within the enclosing value
     */
    public Violation under(String parentPath) {
        return new Violation(path.length() == 1 ? parentPath : parentPath.concat(path.substring(1)), rule, message,
                value);
    }

    /**
     * The same violation without the offending value, for values that must not reach a log (passwords,
     * tokens): the message names "the value" instead.
     */
    public Violation withoutValue() {
        if (value == null) {
            return this;
        }
        String redacted = message.startsWith(value)
                ? ShownValues.HIDDEN + message.substring(value.length())
                : message.replace(value, ShownValues.HIDDEN);
        return new Violation(path, rule, redacted, null);
    }

    /** For logs: {@code $.stages[0].state: "paused" is not one of the listed values: running, failed [enum]}. */
    @Override
    public String toString() {
        return path + ": " + message + " [" + rule.id() + "]";
    }
}
