package dev.specgen.runtime.http;

import java.net.URI;
import java.util.Map;

/**
 * One attempt of a call, as hooks see it.
 *
 * @param operation the operation's name, e.g. {@code DescribeTaskInfo}
 * @param attempt 1 for the first attempt, 2 for the first retry, …
 * @param method the HTTP method
 * @param uri the request URI, path and query percent-encoded as sent
 * @param headers the headers sent, by lower-case name, with credentials, tokens and signatures replaced by
 *     {@code ***}
 * @param bodyLength the body's length in bytes
 */
public record AttemptRequest(String operation, int attempt, String method, URI uri, Map<String, String> headers,
        int bodyLength) {

    public AttemptRequest {
        headers = Map.copyOf(headers);
    }
}
