package dev.specgen.core.diff;

import dev.specgen.core.model.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code endpoint-added}, {@code api-path-removed-*}, {@code api-removed-*}, {@code endpoint-deprecated},
 * {@code endpoint-reactivated}, {@code api-operation-id-removed} and {@code api-tag-*}: operations that
 * appeared, disappeared, or changed what identifies and documents them.
 */
final class EndpointRules {

    private EndpointRules() {}

    static void added(Operation operation, ChangeSink sink) {
        OperationRef ref = ref(operation);
        sink.add(RuleId.ENDPOINT_ADDED, ref, "", "The operation " + ref.display() + " was added.",
                "client method " + operation.javaName() + " added");
    }

    /**
     * @param pathRemains whether the newer spec still has other operations on the same path
     */
    static void removed(Operation operation, boolean pathRemains, ChangeSink sink) {
        boolean deprecated = operation.docs().deprecated();
        RuleId rule = pathRemains
                ? (deprecated ? RuleId.API_REMOVED_WITH_DEPRECATION : RuleId.API_REMOVED_WITHOUT_DEPRECATION)
                : (deprecated ? RuleId.API_PATH_REMOVED_WITH_DEPRECATION : RuleId.API_PATH_REMOVED_WITHOUT_DEPRECATION);
        OperationRef ref = ref(operation);
        String what = pathRemains ? "The operation " + ref.display() : "The path " + operation.path();
        sink.add(rule, ref, "", what + " was removed" + (deprecated ? " after being deprecated." : " without being deprecated first."),
                "client method " + operation.javaName() + " removed");
    }

    static void compare(Operation older, Operation newer, OperationContext context) {
        if (older.docs().deprecated() != newer.docs().deprecated()) {
            boolean now = newer.docs().deprecated();
            context.report(now ? RuleId.ENDPOINT_DEPRECATED : RuleId.ENDPOINT_REACTIVATED, "",
                    "The operation was " + (now ? "deprecated." : "reactivated: it is no longer deprecated."),
                    context.method() + (now ? " gets @Deprecated" : " loses @Deprecated"));
        }
        if (!older.operationId().equals(newer.operationId())) {
            context.report(RuleId.API_OPERATION_ID_REMOVED, "",
                    "The operation id changed from '" + older.operationId() + "' to '" + newer.operationId() + "'.",
                    older.javaName().equals(newer.javaName()) ? "none"
                            : "client method " + older.javaName() + " renamed to " + newer.javaName());
        }
        for (String tag : minus(older.tags(), newer.tags())) {
            context.report(RuleId.API_TAG_REMOVED, "", "The tag '" + tag + "' was removed.", "none");
        }
        for (String tag : minus(newer.tags(), older.tags())) {
            context.report(RuleId.API_TAG_ADDED, "", "The tag '" + tag + "' was added.", "none");
        }
    }

    static OperationRef ref(Operation operation) {
        return new OperationRef(operation.method(), operation.path(), operation.operationId(), operation.javaName());
    }

    private static List<String> minus(List<String> from, List<String> remove) {
        List<String> rest = new ArrayList<>(from);
        rest.removeAll(remove);
        return rest;
    }
}
