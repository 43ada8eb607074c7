package dev.specgen.runtime.retry;

/** Why an attempt failed, as far as retrying is concerned. */
public enum FailureKind {
    /** The service refused the call for now ({@code Throttling*} codes, HTTP 429); it did not process it. */
    THROTTLED(true),
    /** The service answered with a 5xx status; it may or may not have processed the call. */
    SERVER_ERROR(false),
    /** No connection could be made (refused, unreachable, connect timeout); nothing was sent. */
    NOT_CONNECTED(true),
    /** The connection broke or no answer came in time after the request was sent; it may have been processed. */
    NO_ANSWER(false),
    /** Any other answer (4xx other than throttling), or a response that could not be read: retrying won't help. */
    PERMANENT(false);

    private final boolean safeForAnyCall;

    FailureKind(boolean safeForAnyCall) {
        this.safeForAnyCall = safeForAnyCall;
    }

    /** Whether a retry is safe even for a call that is not idempotent, because the service did not act on it. */
    public boolean safeForAnyCall() {
        return safeForAnyCall;
    }
}
