package dev.specgen.runtime.http;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an attempt ended, as hooks see it.
 *
 * @param request the attempt
 * @param statusCode the HTTP status, or 0 when no response arrived
 * @param elapsed the time from sending to the end of the response (or to the failure)
 * @param requestId the service's request id, from the {@code x-acs-request-id} header, when it sent one
 * @param failure what went wrong, for an error status or no response; {@code null} for a success
 */
public record AttemptOutcome(AttemptRequest request, int statusCode, Duration elapsed, @Nullable String requestId,
        @Nullable ApiCallException failure) {

    /** Whether the attempt succeeded (a 2xx response that could be read). */
    public boolean succeeded() {
        return failure == null;
    }

    public Optional<ApiCallException> failureIfAny() {
        return Optional.ofNullable(failure);
    }
}
