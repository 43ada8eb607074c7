package dev.specgen.runtime.signing;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link Signer} may cover, for one attempt of a request, before its signature headers are added.
 *
 * @param method the HTTP method, upper case
 * @param uri the full request URI as it is sent: its raw (already percent-encoded) path is what is signed
 * @param query the query parameters, not encoded, in the order they are sent
 * @param headers the headers that will be sent, by lower-case name (not the ones the HTTP client adds itself,
 *     such as {@code host}; see {@link #hostHeader()})
 * @param body the exact body bytes sent (empty when there is no body)
 */
public record SignableRequest(String method, URI uri, List<QueryParameter> query, Map<String, String> headers,
        byte[] body) {

    public SignableRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        query = List.copyOf(query);
        Map<String, String> lowerCase = new LinkedHashMap<>();
        headers.forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
        headers = Collections.unmodifiableMap(lowerCase);
        Objects.requireNonNull(body, "body");
    }

    /**
     * The {@code host} header the HTTP client will send: the host, with the port only when it is not the scheme's
     * default (which is what {@code java.net.http.HttpClient} does). The signature covers it, so it must match.
     */
    public String hostHeader() {
        int port = uri.getPort();
        boolean defaultPort = port == -1
                || ("https".equalsIgnoreCase(uri.getScheme()) ? port == 443 : port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    /** One query parameter, as text, not yet encoded. */
    public record QueryParameter(String name, String value) {
        public QueryParameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SignableRequest that && method.equals(that.method) && uri.equals(that.uri)
                && query.equals(that.query) && headers.equals(that.headers) && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, query, headers, java.util.Arrays.hashCode(body));
    }

    /** Shows the method, URI and header names; not header values (they may carry tokens) nor the body. */
    @Override
    public String toString() {
        return "SignableRequest[" + method + " " + uri + ", headers=" + headers.keySet() + ", body=" + body.length
                + " bytes]";
    }
}
