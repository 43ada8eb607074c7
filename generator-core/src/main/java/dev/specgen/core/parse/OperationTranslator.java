package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.Diagnostics;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.Docs;
import dev.specgen.core.model.ExampleUse;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Operation.ParameterLocation;
import dev.specgen.core.model.SecurityRequirement;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.model.TypeRef;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.headers.Header;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Translates the spec's paths into {@link Operation}s. Operation ids must be unique; an operation
 * without one gets an id made of its method and path.
 */
final class OperationTranslator {

    private final OpenAPI openApi;
    private final SchemaTranslator schemas;
    private final RawTree raw;
    private final SourceLocation root;
    private final Diagnostics diagnostics;

    OperationTranslator(OpenAPI openApi, SchemaTranslator schemas, RawTree raw, SourceLocation root,
            Diagnostics diagnostics) {
        this.openApi = openApi;
        this.schemas = schemas;
        this.raw = raw;
        this.root = root;
        this.diagnostics = diagnostics;
    }

    /** One draft per operation, before method names are allocated. */
    record Draft(String operationId, Operation operation) {}

    List<Draft> translateAll() {
        List<Draft> drafts = new ArrayList<>();
        if (openApi.getPaths() == null) {
            return drafts;
        }
        Map<String, SourceLocation> seenIds = new LinkedHashMap<>();
        for (String path : new TreeSet<>(openApi.getPaths().keySet())) {
            PathItem item = openApi.getPaths().get(path);
            SourceLocation pathLocation = root.child("paths").child(path);
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry
                    : new TreeMap<>(item.readOperationsMap()).entrySet()) {
                String method = entry.getKey().name();
                io.swagger.v3.oas.models.Operation operation = entry.getValue();
                SourceLocation location = pathLocation.child(method.toLowerCase(java.util.Locale.ROOT));
                String operationId = operation.getOperationId() != null && !operation.getOperationId().isBlank()
                        ? operation.getOperationId()
                        : method.toLowerCase(java.util.Locale.ROOT) + " " + path;
                SourceLocation previous = seenIds.putIfAbsent(operationId, location);
                if (previous != null) {
                    diagnostics.add(Diagnostic.error(
                            "duplicate-operation-id",
                            "operationId '" + operationId + "' is used twice (also at " + previous.pointer() + ")",
                            location.child("operationId"),
                            "give every operation a unique operationId"));
                    continue;
                }
                drafts.add(new Draft(operationId,
                        translate(operationId, method, path, item, operation, location, pathLocation)));
            }
        }
        return drafts;
    }

    private Operation translate(String operationId, String method, String path, PathItem item,
            io.swagger.v3.oas.models.Operation operation, SourceLocation location, SourceLocation pathLocation) {
        String typeProposal = operationId;
        List<Operation.Parameter> parameters =
                parameters(path, item, operation, typeProposal, location, pathLocation);
        Operation.RequestBody body = operation.getRequestBody() == null
                ? null
                : requestBody(operation.getRequestBody(), typeProposal, location.child("requestBody"));
        List<Operation.Response> responses = responses(operation, typeProposal, location.child("responses"));
        List<SecurityRequirement> requirements = securityRequirements(operation);
        Docs docs = new Docs(SchemaFacts.blankToNull(operation.getSummary()),
                SchemaFacts.blankToNull(operation.getDescription()), Boolean.TRUE.equals(operation.getDeprecated()));
        return new Operation(operationId, operationId, operationId + "Async", method, path, parameters, body, responses,
                operation.getTags() == null ? List.of() : operation.getTags(), schemeNames(requirements), requirements,
                docs,
                Extensions.strings(operation.getExtensions()), location);
    }

    private List<Operation.Parameter> parameters(String path, PathItem item,
            io.swagger.v3.oas.models.Operation operation, String proposal, SourceLocation location,
            SourceLocation pathLocation) {
        Map<String, Operation.Parameter> byKey = new LinkedHashMap<>();
        ParameterTranslator translator = new ParameterTranslator(schemas, raw, diagnostics, this::resolveParameter);
        translator.addAll(item.getParameters(), proposal, pathLocation.child("parameters"), byKey);
        translator.addAll(operation.getParameters(), proposal, location.child("parameters"), byKey);
        List<Operation.Parameter> all = new ArrayList<>(byKey.values());
        // Path parameters in the order the path names them, so that client methods take them that way.
        all.sort(Comparator.comparing((Operation.Parameter p) -> p.in() != ParameterLocation.PATH)
                .thenComparing(p -> p.in() == ParameterLocation.PATH ? path.indexOf("{" + p.name() + "}") : 0)
                .thenComparing(Operation.Parameter::in)
                .thenComparing(Operation.Parameter::name));
        return all;
    }

    private @Nullable Parameter resolveParameter(Parameter parameter, SourceLocation location) {
        return resolve(parameter, parameter.get$ref(), "parameters", Components::getParameters, "a parameter", location);
    }

    private Operation.RequestBody requestBody(RequestBody body, String proposal, SourceLocation location) {
        RequestBody resolved = body;
        if (body.get$ref() != null) {
            String name = SchemaFacts.componentName(body.get$ref(), "requestBodies");
            Components components = openApi.getComponents();
            resolved = name == null || components == null || components.getRequestBodies() == null
                    ? null : components.getRequestBodies().get(name);
            if (resolved == null) {
                diagnostics.add(Diagnostic.error("unresolved-ref",
                        "$ref '" + body.get$ref() + "' does not point to a request body", location,
                        "define it under components/requestBodies, or fix the reference"));
                return new Operation.RequestBody(false, List.of(), Docs.NONE);
            }
        }
        return new Operation.RequestBody(Boolean.TRUE.equals(resolved.getRequired()),
                contents(resolved.getContent(), proposal + " request", location.child("content")),
                new Docs(null, SchemaFacts.blankToNull(resolved.getDescription()), false));
    }

    private List<Operation.Response> responses(io.swagger.v3.oas.models.Operation operation, String proposal,
            SourceLocation location) {
        List<Operation.Response> responses = new ArrayList<>();
        if (operation.getResponses() == null) {
            return responses;
        }
        List<String> codes = new ArrayList<>(operation.getResponses().keySet());
        codes.sort(Comparator.comparing((String c) -> c.equals("default")).thenComparing(Comparator.naturalOrder()));
        String firstSuccess = codes.stream().filter(c -> c.startsWith("2")).findFirst().orElse(null);
        for (String code : codes) {
            ApiResponse response = resolveResponse(operation.getResponses().get(code), location.child(code));
            if (response == null) {
                continue;
            }
            String name = code.equals(firstSuccess) ? proposal + " response"
                    : code.equals("default") ? proposal + " default response" : proposal + " response " + code;
            responses.add(new Operation.Response(code, SchemaFacts.blankToNull(response.getDescription()),
                    contents(response.getContent(), name, location.child(code).child("content")),
                    headers(response.getHeaders(), name, location.child(code).child("headers"))));
        }
        return responses;
    }

    private @Nullable ApiResponse resolveResponse(ApiResponse response, SourceLocation location) {
        return resolve(response, response.get$ref(), "responses", Components::getResponses, "a response", location);
    }

    private List<Operation.Content> contents(@Nullable Content content, String proposal, SourceLocation location) {
        List<Operation.Content> contents = new ArrayList<>();
        if (content == null) {
            return contents;
        }
        for (String mediaType : new TreeSet<>(content.keySet())) {
            MediaType media = content.get(mediaType);
            SourceLocation at = location.child(mediaType);
            TypeRef type = media.getSchema() == null ? null
                    : schemas.translate(media.getSchema(), proposal, at.child("schema"));
            TreeMap<String, String> partContentTypes = new TreeMap<>();
            if (media.getEncoding() != null) {
                media.getEncoding().forEach((property, encoding) -> {
                    if (encoding != null && SchemaFacts.blankToNull(encoding.getContentType()) != null) {
                        partContentTypes.put(property, encoding.getContentType().strip());
                    }
                });
            }
            contents.add(new Operation.Content(mediaType, type, partContentTypes));
            if (type != null && schemas.collectsExamples()) {
                collectMediaExamples(media, type, at);
            }
        }
        return contents;
    }

    private void collectMediaExamples(MediaType media, TypeRef type, SourceLocation at) {
        JsonValue example = raw.valueAt(at.child("example"));
        if (example == null && media.getExample() != null && !raw.has(at)) {
            example = JsonValues.ofParsed(media.getExample());
        }
        if (example != null) {
            schemas.addExample(new ExampleUse(at.child("example"), type, Constraints.NONE, example));
        }
        if (media.getExamples() != null) {
            for (String name : new TreeSet<>(media.getExamples().keySet())) {
                SourceLocation valueAt = exampleValueAt(media.getExamples().get(name).get$ref(),
                        at.child("examples").child(name));
                JsonValue value = raw.valueAt(valueAt);
                if (value == null && media.getExamples().get(name).getValue() != null) {
                    value = JsonValues.ofParsed(media.getExamples().get(name).getValue());
                }
                if (value != null) {
                    schemas.addExample(new ExampleUse(valueAt, type, Constraints.NONE, value));
                }
            }
        }
    }

    /**
     * Where an example's value is: in the example itself, or in {@code components/examples} when the example
     * refers there (GitHub's spec refers to 840 of its 973 JSON response examples), read from the file as written.
     */
    private SourceLocation exampleValueAt(@Nullable String ref, SourceLocation example) {
        String local = "#/components/examples/";
        if (ref == null || !ref.startsWith(local) || ref.indexOf('/', local.length()) >= 0) {
            return example.child("value");
        }
        String name = ref.substring(local.length()).replace("~1", "/").replace("~0", "~");
        return root.child("components").child("examples").child(name).child("value");
    }

    private List<Operation.Header> headers(@Nullable Map<String, Header> headers, String proposal,
            SourceLocation location) {
        List<Operation.Header> translated = new ArrayList<>();
        if (headers == null) {
            return translated;
        }
        for (String name : new TreeSet<>(headers.keySet())) {
            SourceLocation at = location.child(name);
            Header header = resolveHeader(headers.get(name), at);
            if (header == null || "content-type".equalsIgnoreCase(name)) {
                continue; // OpenAPI says a Content-Type response header is ignored
            }
            Schema<?> schema = header.getSchema();
            TypeRef type = schema == null ? new TypeRef.Scalar(dev.specgen.core.model.ScalarKind.STRING)
                    : schemas.translate(schema, proposal + " " + name + " header", at.child("schema"));
            Schema<?> resolved = schema == null ? null : schemas.resolve(schema);
            translated.add(new Operation.Header(name, Boolean.TRUE.equals(header.getRequired()), type,
                    resolved == null ? Constraints.NONE : SchemaFacts.constraints(resolved),
                    new Docs(null, SchemaFacts.blankToNull(header.getDescription()),
                            Boolean.TRUE.equals(header.getDeprecated())),
                    at));
        }
        translated.sort(Comparator.comparing((Operation.Header h) -> h.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Operation.Header::name));
        return translated;
    }

    private @Nullable Header resolveHeader(Header header, SourceLocation location) {
        return resolve(header, header.get$ref(), "headers", Components::getHeaders, "a header", location);
    }

    /**
     * The component a {@code $ref} points to, or the object itself when it is not a reference; {@code null}
     * (with an error) when the reference points nowhere.
     */
    private <T> @Nullable T resolve(T object, @Nullable String ref, String section,
            java.util.function.Function<Components, @Nullable Map<String, T>> components, String what,
            SourceLocation location) {
        if (ref == null) {
            return object;
        }
        String name = SchemaFacts.componentName(ref, section);
        Map<String, T> defined = openApi.getComponents() == null ? null : components.apply(openApi.getComponents());
        T target = name == null || defined == null ? null : defined.get(name);
        if (target == null) {
            diagnostics.add(Diagnostic.error("unresolved-ref", "$ref '" + ref + "' does not point to " + what,
                    location, "define it under components/" + section + ", or fix the reference"));
        }
        return target;
    }

    /** The operation's own requirements, or the document's when the operation declares none. */
    private List<SecurityRequirement> securityRequirements(io.swagger.v3.oas.models.Operation operation) {
        List<io.swagger.v3.oas.models.security.SecurityRequirement> declared = operation.getSecurity() != null
                ? operation.getSecurity() : openApi.getSecurity();
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (declared != null) {
            for (io.swagger.v3.oas.models.security.SecurityRequirement requirement : declared) {
                TreeMap<String, List<String>> schemes = new TreeMap<>();
                requirement.forEach((scheme, scopes) -> schemes.put(scheme, scopes == null ? List.of() : scopes));
                requirements.add(new SecurityRequirement(schemes));
            }
        }
        requirements.sort(Comparator.comparing((SecurityRequirement r) -> String.join(",", r.schemes().keySet()))
                .thenComparing(r -> r.schemes().toString()));
        return requirements.stream().distinct().toList();
    }

    private static List<String> schemeNames(List<SecurityRequirement> requirements) {
        TreeSet<String> names = new TreeSet<>();
        requirements.forEach(r -> names.addAll(r.schemes().keySet()));
        return List.copyOf(names);
    }
}
