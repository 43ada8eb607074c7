package dev.specgen.core.diff;

/**
 * The operation a change concerns, as the newer spec names it (the older one for a removed operation).
 *
 * @param method the HTTP method, upper case
 * @param path the path template
 * @param operationId the spec's operation id
 * @param javaName the client method's name
 */
public record OperationRef(String method, String path, String operationId, String javaName) {

    /** {@code GET /tasks/{task_id}}. */
    public String display() {
        return method + " " + path;
    }
}
