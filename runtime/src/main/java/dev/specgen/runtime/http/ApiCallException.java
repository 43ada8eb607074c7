package dev.specgen.runtime.http;

import org.jspecify.annotations.Nullable;

/**
 * A call to a service failed. The subclass says how: {@link ApiException} (the service answered with an error),
 * {@link ApiTimeoutException}, {@link ApiConnectionException}, {@link ApiDecodingException} (an answer that
 * could not be read). Messages name the operation and the number of attempts, and never contain credentials.
 */
public abstract class ApiCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int attempts;

    protected ApiCallException(String operation, int attempts, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.attempts = attempts;
    }

    /** The operation that failed, e.g. {@code DescribeTaskInfo}. */
    public String operation() {
        return operation;
    }

    /** How many attempts were made, the failed last one included. */
    public int attempts() {
        return attempts;
    }

    /** {@code " (after 3 attempts)"}, or nothing after one attempt. */
    static String attemptsSuffix(int attempts) {
        return attempts > 1 ? " (after " + attempts + " attempts)" : "";
    }
}
