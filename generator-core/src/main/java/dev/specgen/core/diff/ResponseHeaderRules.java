package dev.specgen.core.diff;

import dev.specgen.core.diff.SchemaFact.TypeChange;
import dev.specgen.core.model.Operation.Header;
import dev.specgen.core.model.Operation.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code response-header-added}, {@code required-response-header-removed}, {@code
 * optional-response-header-removed}, {@code response-header-became-*} and {@code response-header-type-*}.
 * Headers are matched by name ignoring case, as HTTP does; only their type is compared, not what is inside
 * a named type (headers carry scalars in practice).
 */
final class ResponseHeaderRules {

    private ResponseHeaderRules() {}

    static void compare(Response older, Response newer, OperationContext context) {
        Map<String, Header> remaining = new LinkedHashMap<>();
        newer.headers().forEach(h -> remaining.put(h.name().toLowerCase(Locale.ROOT), h));
        for (Header before : older.headers()) {
            Header after = remaining.remove(before.name().toLowerCase(Locale.ROOT));
            String place = "response " + newer.statusCode() + " header '" + before.name() + "'";
            if (after == null) {
                context.report(before.required() ? RuleId.REQUIRED_RESPONSE_HEADER_REMOVED
                        : RuleId.OPTIONAL_RESPONSE_HEADER_REMOVED, place,
                        "The " + (before.required() ? "required" : "optional") + " header '" + before.name()
                                + "' is no longer sent.", "none");
            } else {
                compareHeader(place, before, after, context);
            }
        }
        for (Header added : remaining.values()) {
            context.report(RuleId.RESPONSE_HEADER_ADDED, "response " + newer.statusCode() + " header '" + added.name() + "'",
                    "The header '" + added.name() + "' was added.", "none");
        }
    }

    private static void compareHeader(String place, Header before, Header after, OperationContext context) {
        if (before.required() != after.required()) {
            context.report(after.required() ? RuleId.RESPONSE_HEADER_BECAME_REQUIRED
                    : RuleId.RESPONSE_HEADER_BECAME_OPTIONAL, place,
                    "The header '" + after.name() + "' became " + (after.required() ? "required." : "optional: it may be missing."),
                    "none");
        }
        TypeChange change = TypeChanges.between(context.oldTypes().normalize(before.type()), before.constraints(),
                context.oldTypes(), context.newTypes().normalize(after.type()), after.constraints(), context.newTypes());
        if (change != null) {
            RuleId rule = change == TypeChange.GENERALIZED ? RuleId.RESPONSE_HEADER_TYPE_GENERALIZED
                    : change == TypeChange.CHANGED ? RuleId.RESPONSE_HEADER_TYPE_CHANGED
                    : RuleId.RESPONSE_HEADER_TYPE_SPECIALIZED;
            context.report(rule, place, "The type of the header '" + after.name() + "' changed from "
                    + TypeNames.spec(before.type(), before.constraints(), context.oldTypes()) + " to "
                    + TypeNames.spec(after.type(), after.constraints(), context.newTypes()) + ".", "none");
        }
    }
}
