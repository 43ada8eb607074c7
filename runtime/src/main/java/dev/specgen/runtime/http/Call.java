package dev.specgen.runtime.http;

import dev.specgen.runtime.signing.SignableRequest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The state of one call across its attempts. Attempts never overlap, so a call is used by one thread at a time. */
final class Call<T> {

    final ApiOperation<T> operation;
    final SignableRequest encoded;
    final long startNanos;
    /** Completed by the asynchronous driver; unused by the blocking one. */
    final CompletableFuture<T> result = new CompletableFuture<>();
    volatile int attempts;
    volatile @Nullable ApiCallException lastFailure;

    Call(ApiOperation<T> operation, SignableRequest encoded, long startNanos) {
        this.operation = operation;
        this.encoded = encoded;
        this.startNanos = startNanos;
    }

    /**
     * One attempt, signed and ready to send.
     *
     * @param hookView what hooks see, or {@code null} when there are no hooks
     * @param timeout the attempt's read timeout
     * @param cutByDeadline whether the timeout was shortened to end at the call's total deadline
     */
    record Attempt(HttpRequest request, @Nullable AttemptRequest hookView, Duration timeout, boolean cutByDeadline,
            long sentAtNanos) {}

    /** What to do after an attempt. */
    sealed interface Step<T> {
        record Done<T>(T value) implements Step<T> {}

        record Fail<T>(Throwable failure) implements Step<T> {}

        record Retry<T>(Duration delay) implements Step<T> {}
    }
}
