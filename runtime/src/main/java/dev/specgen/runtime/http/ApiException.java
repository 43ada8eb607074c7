package dev.specgen.runtime.http;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service answered with an error status (anything but 2xx). Carries what Alibaba Cloud's error bodies carry,
 * read from either spelling ({@code Code}/{@code Message}/{@code RequestId}/{@code HostId}/{@code Recommend}, or
 * {@code code}/{@code message}/{@code requestId} as Container Service writes them); the request id also from the
 * {@code x-acs-request-id} header when the body has none. A body that is not JSON still gives a useful message:
 * its start, as text.
 */
public class ApiException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final @Nullable String errorCode;
    private final @Nullable String errorMessage;
    private final @Nullable String requestId;
    private final @Nullable String hostId;
    private final @Nullable String recommend;
    private final String rawBody;
    /** The client's mapper, to read the body as a type; not serialized (an exception outlives its client). */
    private transient @Nullable JsonMapper mapper;

    /**
     * @param operation the operation that failed
     * @param attempts the attempts made
     * @param statusCode the HTTP status
     * @param error what the body says, as far as it could be read
     * @param rawBody the body as received, decoded as UTF-8
     */
    public ApiException(String operation, int attempts, int statusCode, ErrorDetails error, String rawBody) {
        super(operation, attempts, message(operation, attempts, statusCode, error, rawBody), null);
        this.statusCode = statusCode;
        this.errorCode = error.code();
        this.errorMessage = error.message();
        this.requestId = error.requestId();
        this.hostId = error.hostId();
        this.recommend = error.recommend();
        this.rawBody = rawBody;
    }

    private static String message(String operation, int attempts, int status, ErrorDetails error, String rawBody) {
        StringBuilder out = new StringBuilder(operation).append(" failed with HTTP ").append(status);
        if (error.code() != null) {
            out.append(' ').append(error.code());
        }
        if (error.message() != null) {
            out.append(": ").append(error.message());
        } else if (!rawBody.isBlank()) {
            out.append("; body: ").append(ErrorDetails.excerpt(rawBody));
        } else {
            out.append(" and an empty body");
        }
        if (error.requestId() != null) {
            out.append(" [request id ").append(error.requestId()).append(']');
        }
        return out.append(attemptsSuffix(attempts)).toString();
    }

    /** The HTTP status code, e.g. 404. */
    public int statusCode() {
        return statusCode;
    }

    /** The service's error code, e.g. {@code Throttling.User}, when the body has one. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** The service's error message, when the body has one. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** The request id to quote to the service's support, from the body or the {@code x-acs-request-id} header. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The host that answered ({@code HostId}), when the body has it. */
    public Optional<String> hostId() {
        return Optional.ofNullable(hostId);
    }

    /** A link to the service's diagnosis of this error ({@code Recommend}), when the body has one. */
    public Optional<String> recommend() {
        return Optional.ofNullable(recommend);
    }

    /** The response body exactly as received (UTF-8); empty when there was none. */
    public String rawBody() {
        return rawBody;
    }

    /**
     * The body read as JSON into the type the spec gives for this status (its {@code default} or {@code 4XX}
     * response, e.g. {@code e.body(Problem.class)}), with the client's JSON settings; the generated client's
     * Javadoc names the type. Empty when there is no body or it is not JSON of that type: the raw body, the
     * status and the error code stay available then.
     */
    public <B> Optional<B> body(Class<B> type) {
        if (rawBody.isBlank()) {
            return Optional.empty();
        }
        JsonMapper reader = mapper != null ? mapper : JsonMapper.builder().build();
        try {
            return Optional.ofNullable(reader.readValue(rawBody, type));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** Lets {@link #body(Class)} read with the client's mapper. */
    ApiException readingWith(JsonMapper clientMapper) {
        this.mapper = clientMapper;
        return this;
    }

    /** Whether the service refused the call for now: HTTP 429 or a {@code Throttling*} code. */
    public boolean isThrottling() {
        return statusCode == 429 || ErrorDetails.isThrottlingCode(errorCode);
    }
}
