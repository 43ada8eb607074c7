package dev.specgen.core.diff;

import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Operation.RequestBody;

/**
 * {@code request-body-added-*}, {@code request-body-removed}, {@code request-body-became-*}, {@code
 * request-body-media-type-*} and {@code request-body-media-type-schema-*}; the bodies' schemas are compared
 * by the schema rules at the {@code request-body} site.
 */
final class RequestBodyRules {

    private static final Site SITE = new Site(Direction.REQUEST, Scope.BODY);

    private RequestBodyRules() {}

    static void compare(Operation older, Operation newer, OperationContext context) {
        RequestBody before = older.requestBody();
        RequestBody after = newer.requestBody();
        if (before == null && after == null) {
            return;
        }
        if (before == null) {
            context.report(after.required() ? RuleId.REQUEST_BODY_ADDED_REQUIRED : RuleId.REQUEST_BODY_ADDED_OPTIONAL,
                    "request body", "A" + (after.required() ? " required" : "n optional") + " request body was added.",
                    context.method() + (after.required() ? " takes a body argument" : " may take a body"));
            return;
        }
        if (after == null) {
            context.report(RuleId.REQUEST_BODY_REMOVED, "request body", "The request body was removed.",
                    context.method() + " no longer takes a body");
            return;
        }
        if (before.required() != after.required()) {
            context.report(after.required() ? RuleId.REQUEST_BODY_BECAME_REQUIRED : RuleId.REQUEST_BODY_BECAME_OPTIONAL,
                    "request body", "The request body became " + (after.required() ? "required." : "optional."),
                    "none");
        }
        ContentMatcher.match(before.contents(), after.contents(),
                removed -> context.report(RuleId.REQUEST_BODY_MEDIA_TYPE_REMOVED, place(removed),
                        "The request body can no longer be sent as " + removed.mediaType() + ".",
                        context.method() + " can no longer send " + removed.mediaType()),
                added -> context.report(RuleId.REQUEST_BODY_MEDIA_TYPE_ADDED, place(added),
                        "The request body can now also be sent as " + added.mediaType() + ".", "none"),
                (oldContent, newContent) -> compareContent(oldContent, newContent, context));
    }

    private static void compareContent(Operation.Content before, Operation.Content after, OperationContext context) {
        String place = place(after);
        if (before.type() == null && after.type() == null) {
            return;
        }
        if (before.type() == null) {
            context.report(RuleId.REQUEST_BODY_MEDIA_TYPE_SCHEMA_ADDED, place,
                    "The " + place + " now has a schema, which what clients send may not conform to.",
                    "the body type of " + context.method() + " becomes " + TypeNames.java(after.type()));
        } else if (after.type() == null) {
            context.report(RuleId.REQUEST_BODY_MEDIA_TYPE_SCHEMA_REMOVED, place,
                    "The " + place + " no longer has a schema: anything may be sent.",
                    "the body type of " + context.method() + " becomes Object");
        } else {
            context.compareSchemas(SITE, place, "the request body of " + context.method(), before.type(),
                    Constraints.NONE, after.type(), Constraints.NONE);
        }
    }

    private static String place(Operation.Content content) {
        return "request body " + content.mediaType();
    }
}
