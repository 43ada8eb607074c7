package dev.specgen.runtime.http;

import dev.specgen.runtime.retry.FailureKind;
import dev.specgen.runtime.signing.SignableRequest;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Runs the calls of one generated client: encodes each request once, then for every attempt signs it afresh,
 * sends it, reads the answer, and retries as the {@link dev.specgen.runtime.retry.RetryPolicy} says, within its
 * total deadline. Thread-safe; created by {@link ClientBuilder}.
 *
 * <p>The pipeline of a call: {@code encode → [sign → hooks.beforeAttempt → send → classify →
 * hooks.afterAttempt → retry?]* → read}. Checks of the request before sending and of the typed response after
 * reading belong in the generated client's single entry into {@link #execute}, not here.
 */
public final class ApiCaller implements AutoCloseable {

    private final ClientSettings settings;
    private final RequestEncoder encoder;
    private volatile boolean closed;

    ApiCaller(ClientSettings settings) {
        this.settings = settings;
        this.encoder = new RequestEncoder(settings.endpoint(), settings.mapper(), settings.userAgent());
    }

    /**
     * Starts a call. Arguments that can never be sent (a header value with a line break, an empty path
     * parameter) fail here, synchronously; everything else completes the future.
     *
     * @return the typed response, or a failure with an {@link ApiCallException} (or the signer's
     *     {@link dev.specgen.runtime.auth.CredentialsException})
     * @throws IllegalArgumentException when the request cannot be encoded
     * @throws IllegalStateException when the client is closed
     */
    public <T> CompletableFuture<T> execute(ApiRequest<T> request) {
        if (closed) {
            throw new IllegalStateException(settings.clientName() + " is closed");
        }
        Call<T> call = new Call<>(request.operation(), encoder.encode(request), settings.nanoTime().getAsLong());
        attempt(call);
        return call.result;
    }

    /** Runs a call and waits for it, as {@link #await} does. */
    public <T> T executeBlocking(ApiRequest<T> request) {
        return await(execute(request));
    }

    /**
     * Waits for a call that {@link #execute} started: how generated clients turn their asynchronous methods into
     * blocking ones. A failure is rethrown with the waiting thread's stack trace (it was made on an HTTP client
     * thread, whose stack says nothing useful); an interrupt cancels the call, keeps the thread's interrupt flag
     * and throws {@link CancellationException}.
     */
    public static <T> T await(CompletableFuture<T> call) {
        try {
            return call.get();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting for the response");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                runtime.fillInStackTrace();
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CompletionException(cause);
        }
    }

    /** Stops accepting calls and releases the HTTP client's threads, when the client created them. */
    @Override
    public void close() {
        closed = true;
        AutoCloseable owned = settings.owned();
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release " + settings.clientName() + "'s threads", e);
            }
        }
    }

    private <T> void attempt(Call<T> call) {
        if (call.result.isDone()) {
            return; // cancelled by the caller while waiting to retry
        }
        Duration deadline = settings.retryPolicy().totalDeadline();
        long remaining = deadline.toNanos() - (settings.nanoTime().getAsLong() - call.startNanos);
        if (remaining <= 0) {
            call.result.completeExceptionally(new ApiTimeoutException(call.operation.name(), call.attempts,
                    ApiTimeoutException.Phase.DEADLINE, deadline, call.lastFailure));
            return;
        }
        call.attempts++;
        boolean cutByDeadline = remaining < settings.readTimeout().toNanos();
        Duration timeout = cutByDeadline ? Duration.ofNanos(remaining) : settings.readTimeout();
        @Nullable AttemptRequest hookView;
        CompletableFuture<HttpResponse<byte[]>> sent;
        long sentAt;
        try {
            Map<String, String> signature = settings.signer().sign(call.encoded);
            HttpRequest request = httpRequest(call.encoded, signature, timeout);
            hookView = settings.hooks().isEmpty() ? null : hookView(call, request);
            if (hookView != null) {
                for (ClientHook hook : settings.hooks()) {
                    hook.beforeAttempt(hookView);
                }
            }
            sentAt = settings.nanoTime().getAsLong();
            sent = settings.httpClient().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            call.result.completeExceptionally(e);
            return;
        }
        sent.whenComplete((response, error) -> {
            try {
                Duration elapsed = Duration.ofNanos(settings.nanoTime().getAsLong() - sentAt);
                if (error != null) {
                    failed(call, hookView, elapsed, unwrap(error), timeout, cutByDeadline);
                } else {
                    answered(call, hookView, elapsed, response);
                }
            } catch (Throwable t) {
                call.result.completeExceptionally(t);
            }
        });
    }

    private static AttemptRequest hookView(Call<?> call, HttpRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return new AttemptRequest(call.operation.name(), call.attempts, call.encoded.method(), call.encoded.uri(),
                Redaction.headers(headers), call.encoded.body().length);
    }

    private HttpRequest httpRequest(SignableRequest encoded, Map<String, String> signature, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(encoded.uri())
                .timeout(timeout)
                .method(encoded.method(), encoded.body().length == 0 && !hasBody(encoded)
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(encoded.body()));
        encoded.headers().forEach((name, value) -> {
            if (!containsIgnoringCase(signature, name)) {
                builder.header(name, value);
            }
        });
        signature.forEach((name, value) -> builder.header(HeaderChecks.name(name), HeaderChecks.value(name, value)));
        return builder.build();
    }

    private static boolean hasBody(SignableRequest encoded) {
        return encoded.headers().containsKey("content-type");
    }

    private static boolean containsIgnoringCase(Map<String, String> headers, String name) {
        for (String key : headers.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private <T> void answered(Call<T> call, @Nullable AttemptRequest hookView, Duration elapsed, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        String requestId = response.headers().firstValue("x-acs-request-id").orElse(null);
        if (status >= 200 && status < 300) {
            T value;
            try {
                value = call.operation.reader().read(body, settings.mapper());
            } catch (RuntimeException e) {
                ApiDecodingException failure = new ApiDecodingException(call.operation.name(), call.attempts, status,
                        call.operation.reader().description(), requestId, ErrorDetails.utf8(body), e);
                notifyAfter(hookView, status, elapsed, requestId, failure);
                call.result.completeExceptionally(failure);
                return;
            }
            notifyAfter(hookView, status, elapsed, requestId, null);
            call.result.complete(value);
            return;
        }
        ErrorDetails details = ErrorDetails.read(body, response.headers(), settings.mapper());
        ApiException failure = new ApiException(call.operation.name(), call.attempts, status, details,
                ErrorDetails.utf8(body));
        notifyAfter(hookView, status, elapsed, details.requestId(), failure);
        FailureKind kind = failure.isThrottling() ? FailureKind.THROTTLED
                : status >= 500 ? FailureKind.SERVER_ERROR : FailureKind.PERMANENT;
        retryOrFail(call, failure, kind, retryAfter(response));
    }

    private <T> void failed(Call<T> call, @Nullable AttemptRequest hookView, Duration elapsed, Throwable error, Duration timeout,
            boolean cutByDeadline) {
        String name = call.operation.name();
        ApiCallException failure;
        FailureKind kind;
        if (error instanceof HttpConnectTimeoutException) {
            failure = new ApiTimeoutException(name, call.attempts, ApiTimeoutException.Phase.CONNECT,
                    settings.httpClient().connectTimeout().orElse(timeout), error);
            kind = FailureKind.NOT_CONNECTED;
        } else if (error instanceof HttpTimeoutException || error instanceof TimeoutException) {
            failure = cutByDeadline
                    ? new ApiTimeoutException(name, call.attempts, ApiTimeoutException.Phase.DEADLINE,
                            settings.retryPolicy().totalDeadline(), error)
                    : new ApiTimeoutException(name, call.attempts, ApiTimeoutException.Phase.READ, timeout, error);
            kind = FailureKind.NO_ANSWER;
        } else if (error instanceof ConnectException) {
            failure = new ApiConnectionException(name, call.attempts, settings.endpoint().toString(), error);
            kind = FailureKind.NOT_CONNECTED;
        } else if (error instanceof IOException) {
            failure = new ApiConnectionException(name, call.attempts, settings.endpoint().toString(), error);
            kind = FailureKind.NO_ANSWER;
        } else {
            call.result.completeExceptionally(error); // not a network failure: a bug or a rejected argument
            return;
        }
        notifyAfter(hookView, 0, elapsed, null, failure);
        retryOrFail(call, failure, kind, null);
    }

    private <T> void retryOrFail(Call<T> call, ApiCallException failure, FailureKind kind,
            @Nullable Duration retryAfter) {
        Duration elapsed = Duration.ofNanos(settings.nanoTime().getAsLong() - call.startNanos);
        Optional<Duration> delay = settings.retryPolicy().nextDelay(call.attempts, kind, call.operation.idempotent(),
                retryAfter, elapsed, settings.random());
        if (delay.isEmpty() || closed) {
            call.result.completeExceptionally(failure);
            return;
        }
        call.lastFailure = failure;
        CompletableFuture.delayedExecutor(delay.get().toNanos(), TimeUnit.NANOSECONDS, settings.executor())
                .execute(() -> attempt(call));
    }

    private void notifyAfter(@Nullable AttemptRequest request, int status, Duration elapsed,
            @Nullable String requestId, @Nullable ApiCallException failure) {
        if (request == null) {
            return; // no hooks
        }
        AttemptOutcome outcome = new AttemptOutcome(request, status, elapsed, requestId, failure);
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

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    @Override
    public String toString() {
        return settings.clientName() + " at " + settings.endpoint();
    }

    /** The state of one call across its attempts. Attempts never overlap, so plain fields suffice. */
    private static final class Call<T> {
        final ApiOperation<T> operation;
        final SignableRequest encoded;
        final long startNanos;
        final CompletableFuture<T> result = new CompletableFuture<>();
        volatile int attempts;
        volatile @Nullable ApiCallException lastFailure;

        Call(ApiOperation<T> operation, SignableRequest encoded, long startNanos) {
            this.operation = operation;
            this.encoded = encoded;
            this.startNanos = startNanos;
        }
    }
}
