package dev.specgen.runtime.http;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Reads a response body into bytes, giving up when the attempt's read timeout runs out.
 *
 * <p>{@code HttpRequest.timeout} only bounds the wait for the response headers: a server that sends its
 * headers and then stalls (or drips the body a byte at a time) would otherwise hold a call forever, in both
 * {@code send} and {@code sendAsync}. So the read timeout is one budget per attempt, from sending the request to
 * the body's last byte; when it runs out, the body's subscription is cancelled, which closes the exchange, and
 * the attempt fails with an {@link HttpTimeoutException} like a late header would.
 *
 * <p>The deadline is watched by {@link BodyDeadlines}, which a call joins when its body starts and leaves when the
 * body is complete, so a call costs no timer task and no thread hand-off.
 */
final class TimedBodyHandler implements HttpResponse.BodyHandler<byte[]> {

    private final long deadlineNanos;
    private final Duration timeout;

    /** A handler whose body must be read within {@code timeout} of now (when the request is sent). */
    TimedBodyHandler(Duration timeout) {
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
        this.timeout = timeout;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo responseInfo) {
        return new TimedSubscriber(HttpResponse.BodySubscribers.ofByteArray(), deadlineNanos, timeout);
    }

    private static final class TimedSubscriber implements HttpResponse.BodySubscriber<byte[]>, BodyDeadlines.Watched {

        private final HttpResponse.BodySubscriber<byte[]> bytes;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final long deadlineNanos;
        private final Duration timeout;
        private volatile Flow.@Nullable Subscription subscription;

        TimedSubscriber(HttpResponse.BodySubscriber<byte[]> bytes, long deadlineNanos, Duration timeout) {
            this.bytes = bytes;
            this.deadlineNanos = deadlineNanos;
            this.timeout = timeout;
            BodyDeadlines.watch(this);
            bytes.getBody().whenComplete((value, error) -> {
                BodyDeadlines.unwatch(this);
                if (error != null) {
                    body.completeExceptionally(error);
                } else {
                    body.complete(value);
                }
            });
        }

        @Override
        public long deadlineNanos() {
            return deadlineNanos;
        }

        @Override
        public void expire() {
            if (body.completeExceptionally(new HttpTimeoutException(
                    "response body not received within the read timeout of " + timeout))) {
                Flow.Subscription current = subscription;
                if (current != null) {
                    current.cancel();
                }
            }
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            bytes.onSubscribe(subscription);
            if (body.isCompletedExceptionally()) {
                subscription.cancel(); // the time ran out before the body started
            }
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            bytes.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            bytes.onError(throwable);
        }

        @Override
        public void onComplete() {
            bytes.onComplete();
        }
    }
}
