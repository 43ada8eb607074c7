package dev.specgen.core.diff;

import dev.specgen.core.model.Operation;
import dev.specgen.core.model.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code api-security-added}, {@code api-security-removed}, {@code api-security-scope-added} and {@code
 * api-security-scope-removed}: the ways an operation may be authorized changed. Requirements are matched
 * by the set of schemes they combine.
 */
final class SecurityRules {

    private SecurityRules() {}

    static void compare(Operation older, Operation newer, OperationContext context) {
        Map<String, SecurityRequirement> remaining = byKey(newer.securityRequirements());
        for (Map.Entry<String, SecurityRequirement> entry : byKey(older.securityRequirements()).entrySet()) {
            SecurityRequirement after = remaining.remove(entry.getKey());
            if (after == null) {
                context.report(RuleId.API_SECURITY_REMOVED, "security " + entry.getKey(),
                        "Clients can no longer authorize with " + entry.getKey() + ".", "none");
            } else {
                compareScopes(entry.getKey(), entry.getValue(), after, context);
            }
        }
        for (String key : remaining.keySet()) {
            context.report(RuleId.API_SECURITY_ADDED, "security " + key,
                    "The operation may now be authorized with " + key + ".", "none");
        }
    }

    private static void compareScopes(String key, SecurityRequirement before, SecurityRequirement after,
            OperationContext context) {
        for (Map.Entry<String, List<String>> scheme : after.schemes().entrySet()) {
            List<String> oldScopes = before.schemes().getOrDefault(scheme.getKey(), List.of());
            for (String scope : minus(scheme.getValue(), oldScopes)) {
                context.report(RuleId.API_SECURITY_SCOPE_ADDED, "security " + key,
                        "The scheme '" + scheme.getKey() + "' now requires the scope '" + scope + "'.", "none");
            }
            for (String scope : minus(oldScopes, scheme.getValue())) {
                context.report(RuleId.API_SECURITY_SCOPE_REMOVED, "security " + key,
                        "The scheme '" + scheme.getKey() + "' no longer requires the scope '" + scope + "'.", "none");
            }
        }
    }

    /** {@code [oauth]}, {@code [apiKey + oauth]}, {@code [anonymous]}. */
    private static Map<String, SecurityRequirement> byKey(List<SecurityRequirement> requirements) {
        Map<String, SecurityRequirement> byKey = new LinkedHashMap<>();
        for (SecurityRequirement requirement : requirements) {
            String key = requirement.isAnonymous() ? "anonymous access"
                    : "[" + String.join(" + ", requirement.schemes().keySet()) + "]";
            byKey.put(key, requirement);
        }
        return byKey;
    }

    private static List<String> minus(List<String> from, List<String> remove) {
        List<String> rest = new ArrayList<>(from);
        rest.removeAll(remove);
        return rest;
    }
}
