package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.Diagnostics;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.Docs;
import dev.specgen.core.model.ExampleUse;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Operation.ParameterLocation;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.model.TypeRef;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Translates the parameters of a path item or an operation: location, type (from {@code schema}, or from
 * {@code content} for a parameter that has one), style and explode as OpenAPI defaults them, allowReserved.
 */
final class ParameterTranslator {

    /** Header parameters OpenAPI says to ignore (compared in lower case). */
    private static final java.util.Set<String> IGNORED_HEADERS = java.util.Set.of("accept", "content-type",
            "authorization");

    private final SchemaTranslator schemas;
    private final RawTree raw;
    private final Diagnostics diagnostics;
    private final BiFunction<Parameter, SourceLocation, @Nullable Parameter> resolver;

    /** @param resolver resolves a parameter's {@code $ref}, or gives {@code null} (having reported an error) */
    ParameterTranslator(SchemaTranslator schemas, RawTree raw, Diagnostics diagnostics,
            BiFunction<Parameter, SourceLocation, @Nullable Parameter> resolver) {
        this.schemas = schemas;
        this.raw = raw;
        this.diagnostics = diagnostics;
        this.resolver = resolver;
    }

    void addAll(@Nullable List<Parameter> parameters, String proposal, SourceLocation location,
            Map<String, Operation.Parameter> into) {
        if (parameters == null) {
            return;
        }
        // Visited in (location, name) order, not spec order, so that the names of hoisted inline
        // types (a header and a query parameter both called "mode") do not depend on the spec's order.
        Map<String, Integer> order = new TreeMap<>();
        Map<Integer, Parameter> byIndex = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = resolver.apply(parameters.get(i), location.child(i));
            if (parameter != null && isComplete(parameter, location.child(i))) {
                byIndex.put(i, parameter);
                order.put(parameter.getIn() + " " + parameter.getName() + " " + i, i);
            }
        }
        for (int i : order.values()) {
            Parameter parameter = byIndex.get(i);
            SourceLocation at = location.child(i);
            ParameterLocation in = switch (String.valueOf(parameter.getIn())) {
                case "path" -> ParameterLocation.PATH;
                case "header" -> ParameterLocation.HEADER;
                case "cookie" -> ParameterLocation.COOKIE;
                default -> ParameterLocation.QUERY;
            };
            if (in == ParameterLocation.HEADER && IGNORED_HEADERS.contains(
                    String.valueOf(parameter.getName()).toLowerCase(java.util.Locale.ROOT))) {
                // OpenAPI: such a definition "SHALL be ignored"; the body, the response and the signer set them.
                diagnostics.add(Diagnostic.warning("parameter-ignored", "header parameter '" + parameter.getName()
                        + "' is ignored, as OpenAPI says: the client sets it from the media types and the"
                        + " security scheme", at, "remove the parameter, or describe it in the request body's or"
                        + " responses' content, or in securitySchemes"));
                continue;
            }
            Schema<?> schema = parameter.getSchema();
            SourceLocation schemaAt = at.child("schema");
            String contentType = null;
            if (schema == null && parameter.getContent() != null && !parameter.getContent().isEmpty()) {
                // A parameter described by content instead of a schema: its (first) media type's schema.
                contentType = new TreeSet<>(parameter.getContent().keySet()).first();
                schema = parameter.getContent().get(contentType).getSchema();
                schemaAt = at.child("content").child(contentType).child("schema");
            }
            TypeRef type = schema == null ? new TypeRef.Scalar(dev.specgen.core.model.ScalarKind.STRING)
                    : schemas.translate(schema, proposal + " " + parameter.getName(), schemaAt);
            Schema<?> resolved = schema == null ? null : schemas.resolve(schema);
            Constraints constraints = resolved == null ? Constraints.NONE : SchemaFacts.constraints(resolved);
            String style = style(parameter, in, at);
            boolean explode = explode(parameter, style, at);
            boolean allowReserved = in == ParameterLocation.QUERY && Boolean.TRUE.equals(parameter.getAllowReserved());
            Docs docs = new Docs(null, SchemaFacts.blankToNull(parameter.getDescription()),
                    Boolean.TRUE.equals(parameter.getDeprecated()));
            JsonValue defaultValue = resolved == null ? null : JsonValues.ofParsed(resolved.getDefault());
            into.put(in + ":" + parameter.getName(), new Operation.Parameter(parameter.getName(), parameter.getName(),
                    in, in == ParameterLocation.PATH || Boolean.TRUE.equals(parameter.getRequired()), type, constraints,
                    style, explode, allowReserved, contentType, defaultValue, docs, at));
            JsonValue example = schemas.collectsExamples() ? raw.valueAt(at.child("example")) : null;
            if (example != null) {
                schemas.addExample(new ExampleUse(at.child("example"), type, constraints, example));
            }
        }
    }

    /**
     * The parameter's style; one that OpenAPI does not allow in its location ({@code matrix} in a query,
     * {@code deepObject} in a path) is replaced by the location's default, with a warning, since no server could
     * read it as the spec says.
     */
    private String style(Parameter parameter, ParameterLocation in, SourceLocation at) {
        String fallback = defaultStyle(in);
        if (parameter.getStyle() == null) {
            return fallback;
        }
        String style = parameter.getStyle().toString();
        List<String> allowed = switch (in) {
            case PATH -> List.of("simple", "label", "matrix");
            case QUERY -> List.of("form", "spaceDelimited", "pipeDelimited", "deepObject");
            case HEADER -> List.of("simple");
            case COOKIE -> List.of("form");
        };
        if (!allowed.contains(style)) {
            diagnostics.add(Diagnostic.warning("parameter-style-not-allowed", "style '" + style + "' is not allowed for a "
                    + in.name().toLowerCase(java.util.Locale.ROOT) + " parameter; it is sent in style '" + fallback
                    + "'", at.child("style"), "use one of " + String.join(", ", allowed)));
            return fallback;
        }
        return style;
    }

    /**
     * Whether the parameter is exploded: as the spec says, else the style's default ({@code form}: yes). When
     * {@link #style} replaced a style not allowed in its location, the spec's text decides, since Swagger Parser
     * filled in the default of the style as written.
     */
    private boolean explode(Parameter parameter, String style, SourceLocation at) {
        boolean styleReplaced = parameter.getStyle() != null && !parameter.getStyle().toString().equals(style);
        if (!styleReplaced) {
            return parameter.getExplode() == null ? style.equals("form") : parameter.getExplode();
        }
        return raw.valueAt(at.child("explode")) instanceof JsonValue.JsonBoolean declared
                ? declared.value() : style.equals("form");
    }

    private static String defaultStyle(ParameterLocation in) {
        return in == ParameterLocation.QUERY || in == ParameterLocation.COOKIE ? "form" : "simple";
    }

    /**
     * Whether a parameter has a name, as OpenAPI requires; one without is reported (nothing can be sent for
     * it) and left out. (Swagger Parser itself drops a parameter without {@code in}, with a warning.)
     */
    private boolean isComplete(Parameter parameter, SourceLocation at) {
        if (parameter.getName() == null || parameter.getName().isBlank()) {
            diagnostics.add(Diagnostic.error("invalid-parameter", "parameter has no name", at,
                    "give the parameter a 'name', as OpenAPI requires"));
            return false;
        }
        return true;
    }
}
