package dev.specgen.runtime.http;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service answered with success, but the body could not be read as the operation's response type. The body
 * is kept; the cause is the parser's complaint.
 */
public class ApiDecodingException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final @Nullable String requestId;
    private final String rawBody;

    public ApiDecodingException(String operation, int attempts, int statusCode, String expectedType,
            @Nullable String requestId, String rawBody, @Nullable Throwable cause) {
        super(operation, attempts, operation + " answered HTTP " + statusCode + " with a body that is not a valid "
                + expectedType + (requestId == null ? "" : " [request id " + requestId + "]") + ": "
                + (rawBody.isBlank() ? "the body is empty" : ErrorDetails.excerpt(rawBody))
                + (cause == null || cause.getMessage() == null ? "" : " (" + firstLine(cause.getMessage()) + ")"),
                cause);
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.rawBody = rawBody;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    public int statusCode() {
        return statusCode;
    }

    /** The request id, from the {@code x-acs-request-id} header. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The body as received (UTF-8). */
    public String rawBody() {
        return rawBody;
    }
}
