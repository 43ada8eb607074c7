package dev.specgen.core.emit.client;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.core.emit.JavaTypes;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Docs;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Operation.ParameterLocation;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for each operation, the client method's inputs and return type.
 *
 * <ul>
 *   <li>Required inputs are arguments: path parameters in path order, then the other required parameters, then
 *       the body. Optional ones go in a request class, which exists only when there are some.
 *   <li>A JSON body is one argument of its model type. A form or multipart body whose schema is a record is
 *       taken field by field ({@code describeTask(String taskId)} sends {@code TaskId=…}; a multipart binary
 *       property is a {@code FilePart} with its file name and media type), unless a field's name clashes with a
 *       parameter's, when it is one argument too (a {@code Multipart} for multipart). Any other body is bytes
 *       (text for {@code text/*}) the caller encodes.
 *   <li>The return type is the first 2xx response's (the {@code default} response's when there is no 2xx one):
 *       JSON into its model type, text, bytes, or nothing; when 2xx responses have different bodies, a result
 *       type with one record per status.
 * </ul>
 */
final class OperationPlanner {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final ApiModel model;
    private final JavaTypes types;
    private final ServiceFacts service;

    OperationPlanner(ApiModel model, JavaTypes types, ServiceFacts service) {
        this.model = model;
        this.types = types;
        this.service = service;
    }

    OperationPlan plan(Operation operation, String constant) {
        List<Input> required = new ArrayList<>();
        List<Input> optional = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Operation.Parameter parameter : operation.parameters()) {
            Input input = new Input(parameter.javaName(), types.of(parameter.type()), parameter.required(),
                    parameter.docs(), placement(parameter.in()), parameter.name(), parameter, parameter.location());
            (input.required() ? required : optional).add(input);
            names.add(parameter.javaName());
        }
        ClassName formRecord = null;
        List<OperationPlan.Part> parts = new ArrayList<>();
        Operation.RequestBody body = operation.requestBody();
        Operation.Content content = body == null ? null : preferredContent(body.contents());
        if (body != null && content != null) {
            RecordType record = bodyRecord(content, names);
            if (record != null && isMultipart(content.mediaType())) {
                for (Property property : record.properties()) {
                    boolean mandatory = body.required() && property.required();
                    Input part = new Input(property.javaName(), partType(property.type()), mandatory, property.docs(),
                            Input.Placement.MULTIPART_PART, property.jsonName(), null, property.location());
                    (mandatory ? required : optional).add(part);
                    parts.add(new OperationPlan.Part(part, content.partContentTypes().get(property.jsonName())));
                }
            } else if (record != null && isForm(content.mediaType())) {
                formRecord = types.className(record.javaName());
                for (Property property : record.properties()) {
                    boolean mandatory = body.required() && property.required();
                    (mandatory ? required : optional).add(new Input(property.javaName(), types.of(property.type()),
                            mandatory, property.docs(), Input.Placement.FORM_FIELD, property.jsonName(), null,
                            property.location()));
                }
            } else {
                Input input = bodyInput(body, content);
                (input.required() ? required : optional).add(input);
            }
        }
        ClassName requestType = optional.isEmpty() ? null
                : types.className(model.clientNames().requestTypeName(operation.operationId()));
        return new OperationPlan(operation, constant, required, optional, requestType, response(operation),
                Idempotency.of(operation), formRecord, service.rpc() ? "ALIBABA_FLAT" : "OPENAPI",
                operation.extensions().get("x-acs-action"), parts);
    }

    /**
     * The record of a form or multipart body that the method takes field by field, or {@code null} when it takes
     * the body whole: another media type, a schema that is not a record with fixed properties, or a property whose
     * name clashes with a parameter's.
     */
    private @Nullable RecordType bodyRecord(Operation.Content content, Set<String> parameterNames) {
        if (!(isForm(content.mediaType()) || isMultipart(content.mediaType()))
                || !(content.type() instanceof TypeRef.Named named)) {
            return null;
        }
        TypeDef type = model.type(named.javaName()).orElse(null);
        if (!(type instanceof RecordType record) || record.additionalProperties() != null
                || record.properties().isEmpty()) {
            return null;
        }
        for (Property property : record.properties()) {
            if (parameterNames.contains(property.javaName()) || property.javaName().equals("request")) {
                return null;
            }
        }
        return record;
    }

    private Input bodyInput(Operation.RequestBody body, Operation.Content content) {
        String mediaType = content.mediaType();
        Docs docs = body.docs().hasText() ? body.docs() : new Docs(null, "The request body.", false);
        if (isJson(mediaType)) {
            TypeName type = content.type() == null ? ClassName.OBJECT : types.of(content.type());
            return new Input("body", type, body.required(), docs, Input.Placement.JSON_BODY, mediaType, null,
                    null);
        }
        if (isForm(mediaType)) {
            TypeName type = content.type() == null ? ClassName.OBJECT : types.of(content.type());
            return new Input("body", type, body.required(), docs, Input.Placement.FORM_BODY, mediaType, null,
                    null);
        }
        if (isMultipart(mediaType)) {
            return new Input("body", RuntimeTypes.MULTIPART, body.required(), docs, Input.Placement.MULTIPART_BODY,
                    mediaType, null, null);
        }
        TypeName raw = mediaType.startsWith("text/") ? ClassName.get(String.class) : ArrayTypeName.of(TypeName.BYTE);
        return new Input("body", raw, body.required(), docs, Input.Placement.RAW_BODY, mediaType, null, null);
    }

    private ResponsePlan response(Operation operation) {
        ClassName errorType = errorType(operation);
        if (model.clientNames().resultTypeNames().containsKey(operation.operationId())) {
            ResponsePlan variants = variants(operation, errorType);
            if (variants != null) {
                return variants;
            }
        }
        // A spec that describes no 2xx response but a default one means the default for success too.
        boolean defaultIsSuccess = operation.responses().stream().noneMatch(Operation.Response::isSuccess);
        for (Operation.Response response : operation.responses()) {
            if (!response.isSuccess() && !(defaultIsSuccess && response.statusCode().equals("default"))) {
                continue;
            }
            Operation.Content content = preferredContent(response.contents());
            if (content == null) {
                return new ResponsePlan(ResponsePlan.Kind.NOTHING, ResponsePlan.VOID, response.statusCode(),
                        response.description(), List.of(), errorType, List.of());
            }
            List<Integer> withoutBody = statusesWithoutBody(operation);
            if (isJson(content.mediaType())) {
                TypeName type = content.type() == null ? ClassName.OBJECT : types.of(content.type());
                return new ResponsePlan(ResponsePlan.Kind.JSON, type.isPrimitive() ? type.box() : type,
                        response.statusCode(), response.description(), withoutBody, errorType, List.of());
            }
            return content.mediaType().startsWith("text/")
                    ? new ResponsePlan(ResponsePlan.Kind.TEXT, ClassName.get(String.class), response.statusCode(),
                            response.description(), withoutBody, errorType, List.of())
                    : new ResponsePlan(ResponsePlan.Kind.BYTES, ArrayTypeName.of(TypeName.BYTE), response.statusCode(),
                            response.description(), withoutBody, errorType, List.of());
        }
        return new ResponsePlan(ResponsePlan.Kind.NOTHING, ResponsePlan.VOID, null, null, List.of(), errorType,
                List.of());
    }

    /**
     * The result type of an operation whose 2xx responses have different bodies: one record per status, or
     * {@code null} when the media types chosen per response give one body type after all.
     */
    private @Nullable ResponsePlan variants(Operation operation, @Nullable ClassName errorType) {
        ClassName result = types.className(model.clientNames().resultTypeName(operation.operationId()));
        List<ResponsePlan.Variant> variants = new ArrayList<>();
        java.util.Set<@Nullable TypeRef> bodies = new java.util.HashSet<>();
        for (Operation.Response response : operation.responses()) {
            if (!response.isSuccess()) {
                continue;
            }
            ClassName record = result.nestedClass(ResultTypeEmitter.recordName(response.statusCode()));
            Operation.Content content = preferredContent(response.contents());
            if (content == null) {
                variants.add(new ResponsePlan.Variant(response.statusCode(), record, ResponsePlan.Kind.NOTHING, null,
                        response.description()));
                continue;
            }
            bodies.add(content.type());
            TypeName type = content.type() == null ? ClassName.OBJECT : types.of(content.type());
            ResponsePlan.Kind kind = isJson(content.mediaType()) ? ResponsePlan.Kind.JSON
                    : content.mediaType().startsWith("text/") ? ResponsePlan.Kind.TEXT : ResponsePlan.Kind.BYTES;
            TypeName body = switch (kind) {
                case TEXT -> ClassName.get(String.class);
                case BYTES -> ArrayTypeName.of(TypeName.BYTE);
                default -> type.isPrimitive() ? type.box() : type;
            };
            variants.add(new ResponsePlan.Variant(response.statusCode(), record, kind, body, response.description()));
        }
        if (bodies.size() < 2) {
            return null;
        }
        return new ResponsePlan(ResponsePlan.Kind.VARIANTS, result, null, null, List.of(), errorType, variants);
    }

    /** The exact 2xx statuses ({@code 204}, not {@code 2XX}) whose responses have no body. */
    private static List<Integer> statusesWithoutBody(Operation operation) {
        List<Integer> statuses = new ArrayList<>();
        for (Operation.Response response : operation.responses()) {
            if (response.isSuccess() && response.contents().isEmpty() && response.statusCode().matches("2\\d\\d")) {
                statuses.add(Integer.parseInt(response.statusCode()));
            }
        }
        return statuses;
    }

    /** The model type of the error body: {@code default} first, then {@code 4XX}, {@code 5XX}, then the first error status. */
    private @Nullable ClassName errorType(Operation operation) {
        List<Operation.Response> errors = new ArrayList<>();
        for (String preferred : List.of("default", "4XX", "5XX")) {
            operation.responses().stream().filter(r -> r.statusCode().equalsIgnoreCase(preferred)).forEach(errors::add);
        }
        operation.responses().stream().filter(r -> !r.isSuccess() && !errors.contains(r)).forEach(errors::add);
        for (Operation.Response response : errors) {
            Operation.Content content = preferredContent(response.contents());
            if (content != null && isJson(content.mediaType()) && content.type() instanceof TypeRef.Named named
                    && types.of(named) instanceof ClassName name) {
                return name;
            }
        }
        return null;
    }

    /** A multipart part's Java type: a binary string (or a list of them) is a file with its name and media type. */
    private TypeName partType(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar && scalar.kind() == ScalarKind.BINARY) {
            return RuntimeTypes.FILE_PART;
        }
        if (type instanceof TypeRef.ListOf list && list.items() instanceof TypeRef.Scalar scalar
                && scalar.kind() == ScalarKind.BINARY) {
            return ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.FILE_PART);
        }
        return types.of(type);
    }

    /** JSON first, then a form, then the first media type (contents are sorted by media type). */
    static Operation.@Nullable Content preferredContent(List<Operation.Content> contents) {
        for (Operation.Content content : contents) {
            if (isJson(content.mediaType())) {
                return content;
            }
        }
        for (Operation.Content content : contents) {
            if (isForm(content.mediaType())) {
                return content;
            }
        }
        return contents.isEmpty() ? null : contents.get(0);
    }

    static boolean isJson(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        String bare = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        return bare.equals(JSON) || bare.endsWith("+json") || bare.equals("*/*");
    }

    private static boolean isForm(String mediaType) {
        return mediaType.toLowerCase(Locale.ROOT).startsWith(FORM);
    }

    private static boolean isMultipart(String mediaType) {
        return mediaType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static Input.Placement placement(ParameterLocation in) {
        return switch (in) {
            case PATH -> Input.Placement.PATH;
            case QUERY -> Input.Placement.QUERY;
            case HEADER -> Input.Placement.HEADER;
            case COOKIE -> Input.Placement.COOKIE;
        };
    }
}
