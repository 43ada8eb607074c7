package dev.specgen.runtime.http;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** No answer came in time: the connection could not be made, the response did not arrive, or the call's total deadline passed. */
public class ApiTimeoutException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    /** Which limit was reached. */
    public enum Phase {
        /** Connecting took longer than the connect timeout. */
        CONNECT,
        /** The response, headers and whole body, did not arrive within the read timeout after the request was sent. */
        READ,
        /** The call's total deadline (all attempts and waits) passed. */
        DEADLINE
    }

    private final Phase phase;
    private final Duration limit;

    public ApiTimeoutException(String operation, int attempts, Phase phase, Duration limit, @Nullable Throwable cause) {
        super(operation, attempts, operation + " timed out: " + describe(phase) + " " + limit.toMillis() + " ms"
                + attemptsSuffix(attempts), cause);
        this.phase = phase;
        this.limit = limit;
    }

    private static String describe(Phase phase) {
        return switch (phase) {
            case CONNECT -> "no connection within the connect timeout of";
            case READ -> "no response within the read timeout of";
            case DEADLINE -> "the call's total deadline passed:";
        };
    }

    public Phase phase() {
        return phase;
    }

    /** The limit that was reached. */
    public Duration limit() {
        return limit;
    }
}
