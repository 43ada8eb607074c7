package dev.specgen.core.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP operation.
 *
 * @param operationId the spec's operation id (or one derived from method and path when it has none)
 * @param javaName the client method's name
 * @param asyncJavaName the name of its {@code CompletableFuture} flavour: {@code javaName + "Async"}, unless another
 *     operation (or another operation's flavour) has that name, when it gets a numeric suffix
 * @param method the HTTP method, upper case
 * @param path the path template, e.g. {@code /tasks/{task_id}}
 * @param parameters the parameters, path ones first in path order, then the rest sorted by name
 * @param requestBody the request body, if the operation takes one
 * @param responses the responses, sorted by status code ({@code default} last)
 * @param tags the spec's tags, in spec order
 * @param security the names of the security schemes that may authorize the call, sorted
 * @param securityRequirements the ways to authorize the call (any one will do), as the operation or, when it
 *     says nothing, the document declares them; sorted by scheme names
 * @param extensions the string-valued {@code x-} extensions on the operation, by name
 */
public record Operation(
        String operationId,
        String javaName,
        String asyncJavaName,
        String method,
        String path,
        List<Parameter> parameters,
        @Nullable RequestBody requestBody,
        List<Response> responses,
        List<String> tags,
        List<String> security,
        List<SecurityRequirement> securityRequirements,
        Docs docs,
        SortedMap<String, String> extensions,
        SourceLocation location) {

    public Operation {
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
        tags = List.copyOf(tags);
        security = List.copyOf(security);
        securityRequirements = List.copyOf(securityRequirements);
        extensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
    }

    /** Where a parameter travels. */
    public enum ParameterLocation {
        PATH,
        QUERY,
        HEADER,
        COOKIE
    }

    /**
     * One parameter.
     *
     * @param style the serialization style as the spec names it ({@code simple}, {@code form}, …)
     * @param explode whether arrays and objects are exploded
     * @param allowReserved whether a query value's reserved characters ({@code /?:@} …) are sent unencoded
     * @param contentType the media type of a parameter described by {@code content} instead of {@code schema}
     *     ({@code application/json}: its value is sent as JSON text); {@code null} for a schema
     * @param defaultValue the value the server assumes when the parameter is not sent, if the schema says
     */
    public record Parameter(
            String name,
            String javaName,
            ParameterLocation in,
            boolean required,
            TypeRef type,
            Constraints constraints,
            String style,
            boolean explode,
            boolean allowReserved,
            @Nullable String contentType,
            @Nullable JsonValue defaultValue,
            Docs docs,
            SourceLocation location) {}

    /** A request body: one content per media type, sorted by media type. */
    public record RequestBody(boolean required, List<Content> contents, Docs docs) {
        public RequestBody {
            contents = List.copyOf(contents);
        }
    }

    /**
     * A response for one status code ({@code 200}, {@code 4XX}, {@code default}).
     *
     * @param headers the response headers, sorted by lower-case name
     */
    public record Response(String statusCode, @Nullable String description, List<Content> contents,
            List<Header> headers) {
        public Response {
            contents = List.copyOf(contents);
            headers = List.copyOf(headers);
        }

        /** Whether this is a 2xx response. */
        public boolean isSuccess() {
            return statusCode.startsWith("2");
        }
    }

    /**
     * A response header.
     *
     * @param name the header name as the spec spells it (HTTP compares header names ignoring case)
     * @param required whether every response carries it
     */
    public record Header(String name, boolean required, TypeRef type, Constraints constraints, Docs docs,
            SourceLocation location) {}

    /**
     * A body in one media type. The type is {@code null} when the spec gives no schema.
     *
     * @param partContentTypes the content type the spec's {@code encoding} gives a multipart part or form field,
     *     by property name (only those that give one)
     */
    public record Content(String mediaType, @Nullable TypeRef type, SortedMap<String, String> partContentTypes) {
        public Content {
            partContentTypes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(partContentTypes));
        }

        /** A body without {@code encoding} entries. */
        public Content(String mediaType, @Nullable TypeRef type) {
            this(mediaType, type, new TreeMap<>());
        }
    }
}
