package dev.specgen.runtime.http;

import dev.specgen.runtime.validation.ValidationException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the calls of one generated client: encodes each request once, then for every attempt signs it afresh,
 * sends it, reads the answer, and retries as the {@link dev.specgen.runtime.retry.RetryPolicy} says, within its
 * total deadline. Thread-safe; created by {@link ClientBuilder}.
 *
 * <p>Two drivers share every step ({@link Attempts}): {@link #executeBlocking} sends with
 * {@code HttpClient.send} on the caller's thread and sleeps between attempts; {@link #execute} sends with
 * {@code sendAsync} and schedules retries. Blocking calls do not go through a future: on a busy machine every
 * hand-off between threads costs time, and the JDK's {@code sendAsync} already adds one.
 */
public final class ApiCaller implements AutoCloseable {

    private final ClientSettings settings;
    private final RequestEncoder encoder;
    private final Attempts attempts;
    private volatile boolean closed;

    ApiCaller(ClientSettings settings) {
        this.settings = settings;
        this.encoder = new RequestEncoder(settings.endpoint(), settings.mapper(), settings.userAgent());
        this.attempts = new Attempts(settings);
    }

    /**
     * Starts a call. Arguments that can never be sent (a header value with a line break, an empty path
     * parameter) fail here, synchronously: they are mistakes in the calling code. A request that breaks its schema
     * is a value, often from a user, which the caller handles like any failed call: the future fails with a
     * {@link ValidationException}, and nothing is sent.
     *
     * @return the typed response, or a failure with an {@link ApiCallException} (or the signer's
     *     {@link dev.specgen.runtime.auth.CredentialsException}), or with a {@link ValidationException} for an
     *     invalid request, or an invalid response in {@link dev.specgen.runtime.validation.ResponseValidation#STRICT}
     *     mode
     * @throws IllegalArgumentException when the request cannot be encoded
     * @throws IllegalStateException when the client is closed
     */
    public <T> CompletableFuture<T> execute(ApiRequest<T> request) {
        Call<T> call;
        try {
            call = start(request);
        } catch (ValidationException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        attempt(call);
        return call.result;
    }

    /**
     * Runs a call on the calling thread and returns its typed response. An interrupt while waiting keeps the
     * thread's interrupt flag and throws {@link CancellationException}.
     *
     * @throws ApiCallException when the call fails (also the signer's
     *     {@link dev.specgen.runtime.auth.CredentialsException})
     * @throws ValidationException when the request breaks its schema (then nothing is sent), or the response does
     *     in {@link dev.specgen.runtime.validation.ResponseValidation#STRICT} mode
     * @throws IllegalArgumentException when the request cannot be encoded
     * @throws IllegalStateException when the client is closed
     */
    public <T> T executeBlocking(ApiRequest<T> request) {
        Call<T> call = start(request);
        while (true) {
            Call.Attempt attempt = attempts.prepare(call);
            Call.Step<T> step;
            try {
                step = attempts.answered(call, attempt,
                        settings.httpClient().send(attempt.request(), new TimedBodyHandler(attempt.timeout())));
            } catch (IOException e) {
                step = attempts.failed(call, attempt, e);
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
            if (step instanceof Call.Step.Done<T> done) {
                return done.value();
            }
            if (step instanceof Call.Step.Fail<T> fail) {
                throw rethrowable(fail.failure());
            }
            if (closed) {
                throw call.lastFailure == null ? new IllegalStateException(settings.clientName() + " is closed")
                        : call.lastFailure;
            }
            try {
                Thread.sleep(((Call.Step.Retry<T>) step).delay().toMillis());
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
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

    private <T> Call<T> start(ApiRequest<T> request) {
        if (closed) {
            throw new IllegalStateException(settings.clientName() + " is closed");
        }
        if (settings.validateRequests()) {
            ValidationException.throwIfAny("request of " + request.operation().name(), request.violations());
        }
        return new Call<>(request.operation(), encoder.encode(request), settings.nanoTime().getAsLong());
    }

    private <T> void attempt(Call<T> call) {
        if (call.result.isDone()) {
            return; // cancelled by the caller while waiting to retry
        }
        Call.Attempt attempt;
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            attempt = attempts.prepare(call);
            sent = settings.httpClient().sendAsync(attempt.request(), new TimedBodyHandler(attempt.timeout()));
        } catch (RuntimeException e) {
            call.result.completeExceptionally(e);
            return;
        }
        sent.whenComplete((response, error) -> {
            try {
                Call.Step<T> step = error != null ? attempts.failed(call, attempt, unwrap(error))
                        : attempts.answered(call, attempt, response);
                if (step instanceof Call.Step.Done<T> done) {
                    call.result.complete(done.value());
                } else if (step instanceof Call.Step.Fail<T> fail) {
                    call.result.completeExceptionally(fail.failure());
                } else if (closed) {
                    call.result.completeExceptionally(call.lastFailure);
                } else {
                    CompletableFuture.delayedExecutor(((Call.Step.Retry<T>) step).delay().toNanos(),
                            TimeUnit.NANOSECONDS, settings.executor()).execute(() -> attempt(call));
                }
            } catch (Throwable t) {
                call.result.completeExceptionally(t);
            }
        });
    }

    private static CancellationException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException("interrupted while waiting for the response");
        cancelled.initCause(e);
        return cancelled;
    }

    private static RuntimeException rethrowable(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new CompletionException(failure);
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
}
