package dev.specgen.runtime.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * When and how often a client retries a failed attempt.
 *
 * <ul>
 *   <li><b>What is retried</b>: throttling ({@code Throttling}, {@code Throttling.User}, {@code Throttling.Api},
 *       HTTP 429) and failures to connect, for every call, since the service did not act on them; 5xx answers,
 *       broken connections and read timeouts only for idempotent calls, since the service may have acted.
 *       Nothing else: a 4xx answer will not change by asking again.
 *   <li><b>How long to wait</b>: the service's {@code x-acs-retry-after} (milliseconds) or {@code Retry-After}
 *       (seconds) when it sends one; otherwise exponential backoff with "equal jitter": before retry number
 *       {@code n}, a random time between half and all of {@code min(maxDelay, baseDelay * 2^(n-1))}, so that
 *       clients throttled together do not come back together, yet never retry at once.
 *   <li><b>How much</b>: at most {@link #maxAttempts()} attempts in all (first one included), and none that
 *       would start after {@link #totalDeadline()} has passed since the call began. Every attempt is signed
 *       afresh.
 * </ul>
 *
 * <p>Defaults: 3 attempts, base delay 200 ms, max delay 10 s, total deadline 60 s. Immutable and thread-safe.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration totalDeadline;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.totalDeadline = builder.totalDeadline;
    }

    /** 3 attempts, base delay 200 ms, max delay 10 s, total deadline 60 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, no retry (the total deadline still bounds the call). */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxDelay(maxDelay)
                .totalDeadline(totalDeadline);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration baseDelay() {
        return baseDelay;
    }

    public Duration maxDelay() {
        return maxDelay;
    }

    public Duration totalDeadline() {
        return totalDeadline;
    }

    /** Whether an attempt that failed this way may be retried at all (attempts and deadline aside). */
    public boolean isRetryable(FailureKind failure, boolean idempotent) {
        return failure != FailureKind.PERMANENT && (idempotent || failure.safeForAnyCall());
    }

    /**
     * Decides whether to retry after a failed attempt, and how long to wait first.
     *
     * @param attemptsMade the attempts made so far, the failed one included (1 after the first)
     * @param failure why the last attempt failed
     * @param idempotent whether the call may be repeated without changing the outcome
     * @param retryAfter the wait the service asked for, if it did
     * @param elapsed the time since the call began
     * @param random a source of uniform values in [0, 1), for the jitter
     * @return the wait before the next attempt, or empty when the call must fail now
     */
    public Optional<Duration> nextDelay(int attemptsMade, FailureKind failure, boolean idempotent,
            @Nullable Duration retryAfter, Duration elapsed, DoubleSupplier random) {
        if (attemptsMade >= maxAttempts || !isRetryable(failure, idempotent)) {
            return Optional.empty();
        }
        Duration delay = retryAfter != null && !retryAfter.isNegative() ? retryAfter : backoff(attemptsMade, random);
        // An attempt that would start at or after the deadline could not finish within it.
        if (elapsed.plus(delay).compareTo(totalDeadline) >= 0) {
            return Optional.empty();
        }
        return Optional.of(delay);
    }

    /** The jittered backoff before retry number {@code retry} (1 for the first retry). */
    public Duration backoff(int retry, DoubleSupplier random) {
        long ceiling = maxDelay.toNanos();
        long exponential = baseDelay.toNanos();
        for (int i = 1; i < retry && exponential < ceiling; i++) {
            exponential *= 2;
        }
        long cap = Math.min(ceiling, exponential);
        double jitter = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        return Duration.ofNanos(cap / 2 + (long) (jitter * (cap - cap / 2)));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", totalDeadline=" + totalDeadline + "]";
    }

    /** Builds a {@link RetryPolicy}, starting from the defaults. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(200);
        private Duration maxDelay = Duration.ofSeconds(10);
        private Duration totalDeadline = Duration.ofSeconds(60);

        private Builder() {}

        /** Attempts in all, the first one included; 1 means no retry. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1 (the first attempt), was "
                        + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The backoff before the first retry (before jitter); it doubles for each further retry. */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = positive(baseDelay, "baseDelay");
            return this;
        }

        /** The longest backoff (before jitter); the service's own retry-after may ask for more. */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        /** The longest a call may take, all attempts and waits included; also bounds each attempt's read timeout. */
        public Builder totalDeadline(Duration totalDeadline) {
            this.totalDeadline = positive(totalDeadline, "totalDeadline");
            return this;
        }

        public RetryPolicy build() {
            if (maxDelay.compareTo(baseDelay) < 0) {
                throw new IllegalArgumentException("maxDelay (" + maxDelay + ") must not be less than baseDelay ("
                        + baseDelay + ")");
            }
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
