package dev.specgen.core.diff;

import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Operation.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code response-success-status-*}, {@code response-non-success-status-*}, {@code response-media-type-*}
 * and {@code response-body-media-type-schema-*}; the bodies' schemas are compared by the schema rules at the
 * {@code response-body} site, the headers by {@link ResponseHeaderRules}.
 */
final class ResponseRules {

    private static final Site SITE = new Site(Direction.RESPONSE, Scope.BODY);

    private ResponseRules() {}

    static void compare(Operation older, Operation newer, OperationContext context) {
        Map<String, Response> remaining = new LinkedHashMap<>();
        newer.responses().forEach(r -> remaining.put(r.statusCode().toUpperCase(Locale.ROOT), r));
        for (Response before : older.responses()) {
            Response after = remaining.remove(before.statusCode().toUpperCase(Locale.ROOT));
            if (after == null) {
                context.report(before.isSuccess() ? RuleId.RESPONSE_SUCCESS_STATUS_REMOVED
                        : RuleId.RESPONSE_NON_SUCCESS_STATUS_REMOVED, "response " + before.statusCode(),
                        "The response " + before.statusCode() + " was removed.",
                        before.isSuccess() ? context.method() + " no longer returns a " + before.statusCode() + " body"
                                : "none");
            } else {
                compareResponse(before, after, context);
            }
        }
        for (Response added : remaining.values()) {
            context.report(added.isSuccess() ? RuleId.RESPONSE_SUCCESS_STATUS_ADDED
                    : RuleId.RESPONSE_NON_SUCCESS_STATUS_ADDED, "response " + added.statusCode(),
                    "The response " + added.statusCode() + " was added.",
                    added.isSuccess() ? context.method() + " may return a " + added.statusCode() + " body"
                            : "none: the client reports it as an ApiException");
        }
    }

    private static void compareResponse(Response before, Response after, OperationContext context) {
        String status = "response " + after.statusCode();
        ContentMatcher.match(before.contents(), after.contents(),
                removed -> context.report(RuleId.RESPONSE_MEDIA_TYPE_REMOVED, status + " " + removed.mediaType(),
                        "The " + status + " is no longer sent as " + removed.mediaType() + ".",
                        "none"),
                added -> context.report(RuleId.RESPONSE_MEDIA_TYPE_ADDED, status + " " + added.mediaType(),
                        "The " + status + " may now be sent as " + added.mediaType() + ".", "none"),
                (oldContent, newContent) -> compareContent(status, oldContent, newContent, context));
        ResponseHeaderRules.compare(before, after, context);
    }

    private static void compareContent(String status, Operation.Content before, Operation.Content after,
            OperationContext context) {
        String place = status + " " + after.mediaType();
        String owner = "the " + status + " body of " + context.method();
        if (before.type() == null && after.type() == null) {
            return;
        }
        if (before.type() == null) {
            context.report(RuleId.RESPONSE_BODY_MEDIA_TYPE_SCHEMA_ADDED, place,
                    "The " + place + " body now has a schema.", owner + " becomes " + TypeNames.java(after.type()));
        } else if (after.type() == null) {
            context.report(RuleId.RESPONSE_BODY_MEDIA_TYPE_SCHEMA_REMOVED, place,
                    "The " + place + " body no longer has a schema: anything may come back.", owner + " becomes Object");
        } else {
            context.compareSchemas(SITE, place, owner, before.type(), Constraints.NONE, after.type(), Constraints.NONE);
        }
    }
}
