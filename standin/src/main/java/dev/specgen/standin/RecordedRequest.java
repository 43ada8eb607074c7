package dev.specgen.standin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request as the stand-in received it, for tests to assert on.
 *
 * @param method the HTTP method
 * @param rawPath the path exactly as sent, still percent-encoded
 * @param pathSegments the path's segments, each percent-decoded (so a task id with a {@code /} in it is one
 *     segment here)
 * @param rawQuery the query exactly as sent, or {@code null}
 * @param headers the headers, by lower-case name
 * @param body the body bytes
 * @param api the API the request was routed to, or {@code null} when none matched
 * @param taskId the task id the request asked for (from the path, the form body or the query), decoded
 * @param refusal the error code the request was refused with before routing (a bad signature), or {@code null}
 */
public record RecordedRequest(String method, String rawPath, List<String> pathSegments, @Nullable String rawQuery,
        Map<String, List<String>> headers, byte[] body, @Nullable TaskApi api, @Nullable String taskId,
        @Nullable String refusal) {

    public RecordedRequest {
        pathSegments = List.copyOf(pathSegments);
        headers = Map.copyOf(headers);
    }

    /** The first value of a header, by any case of its name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the signature was accepted. */
    public boolean signatureAccepted() {
        return refusal == null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery) + " -> " + api + " " + taskId
                + (refusal == null ? "" : " refused: " + refusal);
    }
}
