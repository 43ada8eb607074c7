package dev.specgen.runtime.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** Retry decisions with a fake clock (the elapsed time is an argument) and fixed jitter. */
class RetryPolicyTest {

    private static final DoubleSupplier LOWEST = () -> 0.0;
    private static final DoubleSupplier HIGHEST = () -> 0.999999;
    private static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofMillis(1000)).totalDeadline(Duration.ofSeconds(10)).build();

    @Test
    void defaultsAreThreeAttemptsWithinAMinute() {
        RetryPolicy defaults = RetryPolicy.defaults();
        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.totalDeadline()).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void backoffDoublesUpToTheCapWithEqualJitter() {
        assertThat(POLICY.backoff(1, LOWEST)).isEqualTo(Duration.ofMillis(50));
        assertThat(POLICY.backoff(1, HIGHEST)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(POLICY.backoff(2, LOWEST)).isEqualTo(Duration.ofMillis(100));
        assertThat(POLICY.backoff(3, LOWEST)).isEqualTo(Duration.ofMillis(200));
        assertThat(POLICY.backoff(4, LOWEST)).isEqualTo(Duration.ofMillis(400));
        assertThat(POLICY.backoff(5, LOWEST)).isEqualTo(Duration.ofMillis(500));
        assertThat(POLICY.backoff(60, HIGHEST)).isBetween(Duration.ofMillis(999), Duration.ofMillis(1000));
    }

    @Test
    void throttlingAndFailuresToConnectAreRetriedForEveryCall() {
        assertThat(POLICY.nextDelay(1, FailureKind.THROTTLED, false, null, Duration.ZERO, LOWEST)).isPresent();
        assertThat(POLICY.nextDelay(1, FailureKind.NOT_CONNECTED, false, null, Duration.ZERO, LOWEST)).isPresent();
    }

    @Test
    void serverErrorsAndLostAnswersAreRetriedOnlyForIdempotentCalls() {
        assertThat(POLICY.nextDelay(1, FailureKind.SERVER_ERROR, true, null, Duration.ZERO, LOWEST)).isPresent();
        assertThat(POLICY.nextDelay(1, FailureKind.SERVER_ERROR, false, null, Duration.ZERO, LOWEST)).isEmpty();
        assertThat(POLICY.nextDelay(1, FailureKind.NO_ANSWER, true, null, Duration.ZERO, LOWEST)).isPresent();
        assertThat(POLICY.nextDelay(1, FailureKind.NO_ANSWER, false, null, Duration.ZERO, LOWEST)).isEmpty();
    }

    @Test
    void permanentFailuresAreNeverRetried() {
        assertThat(POLICY.nextDelay(1, FailureKind.PERMANENT, true, null, Duration.ZERO, LOWEST)).isEmpty();
    }

    @Test
    void attemptsAreBounded() {
        assertThat(POLICY.nextDelay(4, FailureKind.THROTTLED, true, null, Duration.ZERO, LOWEST)).isPresent();
        assertThat(POLICY.nextDelay(5, FailureKind.THROTTLED, true, null, Duration.ZERO, LOWEST)).isEmpty();
    }

    @Test
    void theServicesRetryAfterIsHonouredEvenAboveTheCap() {
        assertThat(POLICY.nextDelay(1, FailureKind.THROTTLED, false, Duration.ofMillis(2500), Duration.ZERO, HIGHEST))
                .contains(Duration.ofMillis(2500));
    }

    @Test
    void noRetryWouldStartAfterTheDeadline() {
        // 9.9 s spent, 10 s deadline: a 50 ms wait fits, a 100 ms one does not.
        assertThat(POLICY.nextDelay(1, FailureKind.THROTTLED, true, null, Duration.ofMillis(9_900), LOWEST))
                .contains(Duration.ofMillis(50));
        assertThat(POLICY.nextDelay(2, FailureKind.THROTTLED, true, null, Duration.ofMillis(9_900), LOWEST))
                .isEqualTo(Optional.empty());
        assertThat(POLICY.nextDelay(1, FailureKind.THROTTLED, true, Duration.ofSeconds(1), Duration.ofMillis(9_500),
                LOWEST)).isEmpty();
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1))
                .build()).hasMessageContaining("must not be less than baseDelay");
    }
}
