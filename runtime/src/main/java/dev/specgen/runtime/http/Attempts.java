package dev.specgen.runtime.http;

import dev.specgen.runtime.retry.FailureKind;
import dev.specgen.runtime.signing.SignableRequest;
import dev.specgen.runtime.validation.ResponseValidation;
import dev.specgen.runtime.validation.ValidationException;
import dev.specgen.runtime.validation.Validator;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * What both of {@link ApiCaller}'s drivers (blocking and asynchronous) do around sending: prepare and sign an
 * attempt within the deadline, turn its response or failure into the next {@link Call.Step}, and tell the hooks.
 * Checks of the typed response that apply to every call belong in {@link #answered}, the one place both drivers
 * pass a success through.
 */
final class Attempts {

    private final ClientSettings settings;

    Attempts(ClientSettings settings) {
        this.settings = settings;
    }

    /**
     * Signs and builds the next attempt.
     *
     * @throws ApiTimeoutException when the call's total deadline has passed
     */
    Call.Attempt prepare(Call<?> call) {
        Duration deadline = settings.retryPolicy().totalDeadline();
        long remaining = deadline.toNanos() - (settings.nanoTime().getAsLong() - call.startNanos);
        if (remaining <= 0) {
            throw new ApiTimeoutException(call.operation.name(), call.attempts, ApiTimeoutException.Phase.DEADLINE,
                    deadline, call.lastFailure);
        }
        call.attempts++;
        boolean cutByDeadline = remaining < settings.readTimeout().toNanos();
        Duration timeout = cutByDeadline ? Duration.ofNanos(remaining) : settings.readTimeout();
        HttpRequest request = httpRequest(call.encoded, settings.signer().sign(call.encoded), timeout);
        AttemptRequest hookView = settings.hooks().isEmpty() ? null : hookView(call, request);
        if (hookView != null) {
            for (ClientHook hook : settings.hooks()) {
                hook.beforeAttempt(hookView);
            }
        }
        return new Call.Attempt(request, hookView, timeout, cutByDeadline, settings.nanoTime().getAsLong());
    }

    private static AttemptRequest hookView(Call<?> call, HttpRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return new AttemptRequest(call.operation.name(), call.attempts, call.encoded.method(), call.encoded.uri(),
                Redaction.headers(headers), call.encoded.body().length);
    }

    private static HttpRequest httpRequest(SignableRequest encoded, Map<String, String> signature, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(encoded.uri())
                .timeout(timeout)
                .method(encoded.method(), encoded.headers().containsKey("content-type")
                        ? HttpRequest.BodyPublishers.ofByteArray(encoded.body())
                        : HttpRequest.BodyPublishers.noBody());
        encoded.headers().forEach((name, value) -> {
            if (!containsIgnoringCase(signature, name)) {
                builder.header(name, value);
            }
        });
        signature.forEach((name, value) -> builder.header(HeaderChecks.name(name), HeaderChecks.value(name, value)));
        return builder.build();
    }

    private static boolean containsIgnoringCase(Map<String, String> headers, String name) {
        for (String key : headers.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** A response arrived: a success is read (and is where checks of every typed response belong); an error may be retried. */
    <T> Call.Step<T> answered(Call<T> call, Call.Attempt attempt, HttpResponse<byte[]> response) {
        Duration elapsed = since(attempt.sentAtNanos());
        int status = response.statusCode();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        String requestId = response.headers().firstValue("x-acs-request-id").orElse(null);
        if (status >= 200 && status < 300) {
            T value;
            try {
                value = call.operation.answersWithoutBody(status) ? null
                        : call.operation.reader().read(status, body, settings.mapper());
            } catch (RuntimeException e) {
                ApiDecodingException failure = new ApiDecodingException(call.operation.name(), call.attempts, status,
                        call.operation.reader().description(), requestId, ErrorDetails.utf8(body), e);
                notifyAfter(attempt, status, elapsed, requestId, failure);
                return new Call.Step.Fail<>(failure);
            }
            notifyAfter(attempt, status, elapsed, requestId, null);
            return validated(call, value);
        }
        ErrorDetails details = ErrorDetails.read(body, response.headers(), settings.mapper());
        ApiException failure = new ApiException(call.operation.name(), call.attempts, status, details,
                ErrorDetails.utf8(body)).readingWith(settings.mapper());
        notifyAfter(attempt, status, elapsed, details.requestId(), failure);
        FailureKind kind = failure.isThrottling() ? FailureKind.THROTTLED
                : status >= 500 ? FailureKind.SERVER_ERROR : FailureKind.PERMANENT;
        return retryOrFail(call, failure, kind, retryAfter(response));
    }

    /**
     * Checks a successful response as the client's {@link ResponseValidation} says, once per call (only the
     * attempt that succeeded gets here). An invalid response in {@code STRICT} mode fails the call without a retry:
     * asking again would get the same answer.
     */
    private <T> Call.Step<T> validated(Call<T> call, T value) {
        Validator<? super T> validator = call.operation.responseValidator();
        if (validator == null || value == null) {
            return new Call.Step.Done<>(value);
        }
        try {
            return new Call.Step.Done<>(settings.responseValidation().apply("response of " + call.operation.name(),
                    value, validator, settings.logger()));
        } catch (ValidationException invalid) {
            return new Call.Step.Fail<>(invalid);
        }
    }

    /** No response: a network failure may be retried; anything else (a bug, a rejected argument) fails the call. */
    <T> Call.Step<T> failed(Call<T> call, Call.Attempt attempt, Throwable error) {
        String name = call.operation.name();
        ApiCallException failure;
        FailureKind kind;
        if (error instanceof HttpConnectTimeoutException) {
            failure = new ApiTimeoutException(name, call.attempts, ApiTimeoutException.Phase.CONNECT,
                    settings.httpClient().connectTimeout().orElse(attempt.timeout()), error);
            kind = FailureKind.NOT_CONNECTED;
        } else if (error instanceof HttpTimeoutException || error instanceof TimeoutException) {
            failure = attempt.cutByDeadline()
                    ? new ApiTimeoutException(name, call.attempts, ApiTimeoutException.Phase.DEADLINE,
                            settings.retryPolicy().totalDeadline(), error)
                    : new ApiTimeoutException(name, call.attempts, ApiTimeoutException.Phase.READ, attempt.timeout(),
                            error);
            kind = FailureKind.NO_ANSWER;
        } else if (error instanceof ConnectException) {
            failure = new ApiConnectionException(name, call.attempts, settings.endpoint().toString(), error);
            kind = FailureKind.NOT_CONNECTED;
        } else if (error instanceof IOException) {
            failure = new ApiConnectionException(name, call.attempts, settings.endpoint().toString(), error);
            kind = FailureKind.NO_ANSWER;
        } else {
            return new Call.Step.Fail<>(error);
        }
        notifyAfter(attempt, 0, since(attempt.sentAtNanos()), null, failure);
        return retryOrFail(call, failure, kind, null);
    }

    private <T> Call.Step<T> retryOrFail(Call<T> call, ApiCallException failure, FailureKind kind,
            @Nullable Duration retryAfter) {
        Optional<Duration> delay = settings.retryPolicy().nextDelay(call.attempts, kind, call.operation.idempotent(),
                retryAfter, since(call.startNanos), settings.random());
        if (delay.isEmpty()) {
            return new Call.Step.Fail<>(failure);
        }
        call.lastFailure = failure;
        return new Call.Step.Retry<>(delay.get());
    }

    private Duration since(long nanos) {
        return Duration.ofNanos(settings.nanoTime().getAsLong() - nanos);
    }

    private void notifyAfter(Call.Attempt attempt, int status, Duration elapsed, @Nullable String requestId,
            @Nullable ApiCallException failure) {
        if (attempt.hookView() == null) {
            return;
        }
        AttemptOutcome outcome = new AttemptOutcome(attempt.hookView(), status, elapsed, requestId, failure);
        for (ClientHook hook : settings.hooks()) {
            hook.afterAttempt(outcome);
        }
    }

    /** {@code x-acs-retry-after} (milliseconds), else the standard {@code Retry-After} (seconds). */
    static @Nullable Duration retryAfter(HttpResponse<?> response) {
        Optional<String> acs = response.headers().firstValue("x-acs-retry-after");
        Optional<String> standard = response.headers().firstValue("retry-after");
        try {
            if (acs.isPresent()) {
                return Duration.ofMillis(Long.parseLong(acs.get().strip()));
            }
            if (standard.isPresent()) {
                return Duration.ofSeconds(Long.parseLong(standard.get().strip()));
            }
        } catch (NumberFormatException e) {
            return null; // an HTTP date or garbage: fall back to our own backoff
        }
        return null;
    }
}
