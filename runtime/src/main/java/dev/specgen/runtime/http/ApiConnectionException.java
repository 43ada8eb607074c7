package dev.specgen.runtime.http;

/** The service could not be reached, or the connection broke before a response was read. */
public class ApiConnectionException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    public ApiConnectionException(String operation, int attempts, String target, Throwable cause) {
        super(operation, attempts, operation + ": cannot reach " + target + ": " + describe(cause)
                + attemptsSuffix(attempts), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }
}
