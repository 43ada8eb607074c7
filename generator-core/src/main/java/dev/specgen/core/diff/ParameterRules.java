package dev.specgen.core.diff;

import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Operation.Parameter;
import dev.specgen.core.model.Operation.ParameterLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules about parameters in every location: {@code new-*-request-parameter}, {@code
 * request-parameter-removed*}, {@code request-parameter-became-*}, {@code request-parameter-deprecated} /
 * {@code -reactivated}, {@code request-parameter-default-value-*}, {@code request-path-parameter-renamed}
 * and {@code request-parameter-serialization-changed}; the parameters' schemas are compared by the schema
 * rules at the {@code request-parameter} site.
 *
 * <p>Path parameters are matched by their position in the path, since renaming one changes nothing on the
 * wire; the others by location and name (header names ignoring case, as HTTP does).
 */
final class ParameterRules {

    private static final Site SITE = new Site(Direction.REQUEST, Scope.PARAMETER);

    private ParameterRules() {}

    static void compare(Operation older, Operation newer, OperationContext context) {
        List<Parameter> oldPath = pathParameters(older);
        List<Parameter> newPath = pathParameters(newer);
        for (int i = 0; i < Math.max(oldPath.size(), newPath.size()); i++) {
            @Nullable Parameter before = i < oldPath.size() ? oldPath.get(i) : null;
            @Nullable Parameter after = i < newPath.size() ? newPath.get(i) : null;
            if (before == null) {
                added(after, context);
            } else if (after == null) {
                removed(before, context);
            } else {
                if (!before.name().equals(after.name())) {
                    context.report(RuleId.REQUEST_PATH_PARAMETER_RENAMED, place(after),
                            "The path parameter '" + before.name() + "' was renamed to '" + after.name() + "'.",
                            before.javaName().equals(after.javaName()) ? "none"
                                    : "argument " + before.javaName() + " of " + context.method() + " renamed to "
                                            + after.javaName());
                }
                compare(before, after, context);
            }
        }
        Map<String, Parameter> newOthers = others(newer);
        for (Map.Entry<String, Parameter> entry : others(older).entrySet()) {
            Parameter after = newOthers.remove(entry.getKey());
            if (after == null) {
                removed(entry.getValue(), context);
            } else {
                compare(entry.getValue(), after, context);
            }
        }
        newOthers.values().forEach(p -> added(p, context));
    }

    private static void added(Parameter parameter, OperationContext context) {
        RuleId rule = parameter.in() == ParameterLocation.PATH ? RuleId.NEW_REQUEST_PATH_PARAMETER
                : parameter.required() ? RuleId.NEW_REQUIRED_REQUEST_PARAMETER : RuleId.NEW_OPTIONAL_REQUEST_PARAMETER;
        context.report(rule, place(parameter), "The " + (parameter.required() ? "required " : "optional ")
                + place(parameter) + " was added.", passing(parameter, context) + " added");
    }

    private static void removed(Parameter parameter, OperationContext context) {
        boolean deprecated = parameter.docs().deprecated();
        context.report(deprecated ? RuleId.REQUEST_PARAMETER_REMOVED_WITH_DEPRECATION : RuleId.REQUEST_PARAMETER_REMOVED,
                place(parameter), "The " + place(parameter) + " was removed"
                        + (deprecated ? " after being deprecated." : " without being deprecated first."),
                passing(parameter, context) + " removed");
    }

    private static void compare(Parameter before, Parameter after, OperationContext context) {
        String place = place(after);
        if (before.required() != after.required()) {
            context.report(after.required() ? RuleId.REQUEST_PARAMETER_BECAME_REQUIRED
                    : RuleId.REQUEST_PARAMETER_BECAME_OPTIONAL, place,
                    "The " + place + " became " + (after.required() ? "required." : "optional."),
                    after.javaName() + (after.required() ? " moves from the request builder of " + context.method()
                            + " to its arguments" : " moves from the arguments of " + context.method()
                            + " to its request builder"));
        }
        if (before.docs().deprecated() != after.docs().deprecated()) {
            boolean now = after.docs().deprecated();
            context.report(now ? RuleId.REQUEST_PARAMETER_DEPRECATED : RuleId.REQUEST_PARAMETER_REACTIVATED, place,
                    "The " + place + (now ? " was deprecated." : " is no longer deprecated."),
                    passing(after, context) + (now ? " gets @Deprecated" : " loses @Deprecated"));
        }
        if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
            RuleId rule = before.defaultValue() == null ? RuleId.REQUEST_PARAMETER_DEFAULT_VALUE_ADDED
                    : after.defaultValue() == null ? RuleId.REQUEST_PARAMETER_DEFAULT_VALUE_REMOVED
                    : RuleId.REQUEST_PARAMETER_DEFAULT_VALUE_CHANGED;
            context.report(rule, place, "The default of the " + place + " changed from "
                    + JsonText.of(before.defaultValue()) + " to " + JsonText.of(after.defaultValue())
                    + ": clients that leave it out now get different behaviour.", "none");
        }
        if (!before.style().equals(after.style()) || before.explode() != after.explode()) {
            context.report(RuleId.REQUEST_PARAMETER_SERIALIZATION_CHANGED, place,
                    "The " + place + " is serialized differently: style " + before.style() + (before.explode() ? ", exploded" : "")
                            + " became style " + after.style() + (after.explode() ? ", exploded." : "."),
                    "the generated client encodes " + after.javaName() + " differently");
        }
        context.compareSchemas(SITE, place, "parameter " + after.javaName() + " of " + context.method(),
                before.type(), before.constraints(), after.type(), after.constraints());
    }

    /** {@code query parameter 'state'}. */
    static String place(Parameter parameter) {
        return parameter.in().name().toLowerCase(Locale.ROOT) + " parameter '" + parameter.name() + "'";
    }

    /** How the generated client takes the parameter: required ones are arguments, optional ones builder setters. */
    private static String passing(Parameter parameter, OperationContext context) {
        return (parameter.required() ? "argument " : "request builder setter ") + parameter.javaName() + " of "
                + context.method();
    }

    private static List<Parameter> pathParameters(Operation operation) {
        List<Parameter> path = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in() == ParameterLocation.PATH) {
                path.add(parameter); // the model lists them in path order
            }
        }
        return path;
    }

    private static Map<String, Parameter> others(Operation operation) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in() != ParameterLocation.PATH) {
                String name = parameter.in() == ParameterLocation.HEADER
                        ? parameter.name().toLowerCase(Locale.ROOT) : parameter.name();
                byKey.put(parameter.in() + " " + name, parameter);
            }
        }
        return byKey;
    }
}
