package dev.specgen.runtime.signing;

import dev.specgen.runtime.signing.SignableRequest.QueryParameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The canonical request of Alibaba Cloud's V3 signature: method, canonical URI, canonical query, canonical
 * headers, signed header names and payload hash, joined by {@code \n}. Public so that tests (and anyone chasing
 * a {@code SignatureDoesNotMatch}) can compare it with the service's own.
 *
 * @param text the canonical request itself
 * @param signedHeaders the signed header names, lower case, sorted, joined with {@code ;}
 */
public record CanonicalRequest(String text, String signedHeaders) {

    /**
     * @param canonicalUri the raw path as sent ({@code /} for RPC-style APIs)
     * @param query the query parameters, not yet encoded
     * @param headers the signed headers, by lower-case name (a sorted map, so the order is the canonical one)
     * @param hashedPayload the lower-case hex SHA-256 of the body
     */
    static CanonicalRequest of(String method, String canonicalUri, List<QueryParameter> query,
            SortedMap<String, String> headers, String hashedPayload) {
        StringBuilder text = new StringBuilder(256);
        text.append(method).append('\n').append(canonicalUri).append('\n');
        text.append(canonicalQuery(query)).append('\n');
        for (Map.Entry<String, String> header : headers.entrySet()) {
            text.append(header.getKey()).append(':').append(header.getValue().strip()).append('\n');
        }
        String signed = String.join(";", headers.keySet());
        text.append('\n').append(signed).append('\n').append(hashedPayload);
        return new CanonicalRequest(text.toString(), signed);
    }

    /** Name and value each encoded, sorted by name then value (byte order), {@code name=value} joined by {@code &}. */
    static String canonicalQuery(List<QueryParameter> query) {
        if (query.isEmpty()) {
            return "";
        }
        List<String[]> encoded = new ArrayList<>(query.size());
        for (QueryParameter parameter : query) {
            encoded.add(new String[] {PercentEncoding.encode(parameter.name()), PercentEncoding.encode(parameter.value())});
        }
        encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder out = new StringBuilder();
        for (String[] parameter : encoded) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(parameter[0]).append('=').append(parameter[1]);
        }
        return out.toString();
    }

    /**
     * The canonical request with the value of {@code x-acs-security-token} replaced by {@code ***}, so that it can
     * be logged.
     */
    @Override
    public String toString() {
        return text.replaceAll("(?m)^(x-acs-security-token:).*$", "$1***");
    }

    /** The lower-case hex SHA-256 of {@link #text()}, the second line of the string to sign. */
    public String sha256Hex() {
        return Digests.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
