package dev.specgen.runtime.http;

/**
 * Observes every attempt a client makes, for logging and metrics. Both methods run on the thread that handles
 * the attempt, possibly concurrently for concurrent calls, so implementations must be thread-safe and quick. A
 * hook that throws fails the call with its exception: hooks are part of the client, not a side channel.
 *
 * <p>Headers shown to hooks are redacted ({@link AttemptRequest#headers()}): no secret, token or signature
 * reaches a log through them.
 */
public interface ClientHook {

    /** Called just before an attempt is sent, after it was signed. */
    default void beforeAttempt(AttemptRequest request) {}

    /** Called when an attempt ends: with a response of any status, or with a failure and no response. */
    default void afterAttempt(AttemptOutcome outcome) {}
}
