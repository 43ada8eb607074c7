package dev.specgen.core.diff;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions of an API that a rule reports.
 *
 * @param rule the rule that reported it
 * @param level how much it matters (the rule's default level unless the user configured another)
 * @param operation the operation it concerns, or {@code null} for a change to the document as a whole
 *     (a security scheme, a named type)
 * @param location where in the operation: a parameter, a body or a response, and a JSON path into its
 *     schema ({@code response 200 application/json $.stages[*].state}); empty for the operation itself
 * @param message what changed, in a sentence
 * @param javaImpact what it means for the generated Java API ({@code "enum constant TaskState.FAIL
 *     removed"}), or {@code "none"}
 */
public record Change(
        RuleId rule,
        Level level,
        @Nullable OperationRef operation,
        String location,
        String message,
        String javaImpact) {

    /** Report order: by path, method, location, then rule and message, so that output is stable. */
    public static final Comparator<Change> ORDER = Comparator
            .comparing((Change c) -> c.operation() == null ? "" : c.operation().path())
            .thenComparing(c -> c.operation() == null ? "" : c.operation().method())
            .thenComparing(Change::location)
            .thenComparing(c -> c.rule().id())
            .thenComparing(Change::message)
            .thenComparing(Change::javaImpact);

    /** The rule's id. */
    public String id() {
        return rule.id();
    }
}
