package dev.specgen.runtime.http;

import dev.specgen.runtime.signing.SignableRequest;
import dev.specgen.runtime.signing.SignableRequest.QueryParameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes a call once, before its first attempt: fills the path, writes query, headers and body as text, and
 * checks every header value. What comes out is exactly what is signed and sent.
 */
final class RequestEncoder {

    private final URI endpoint;
    private final String basePath;
    private final JsonMapper mapper;
    private final String userAgent;
    private final StyleEncoder styles;

    RequestEncoder(URI endpoint, JsonMapper mapper, String userAgent) {
        this.endpoint = endpoint;
        String rawPath = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        this.basePath = rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        this.mapper = mapper;
        this.userAgent = userAgent;
        this.styles = new StyleEncoder(mapper);
    }

    SignableRequest encode(ApiRequest<?> request) {
        ApiOperation<?> operation = request.operation();
        Map<String, String> pathValues = new LinkedHashMap<>();
        request.pathParameters().forEach((name, parameter) -> pathValues.put(name, styles.path(name,
                ParameterValue.of(parameter.value(), mapper), parameter.style(), parameter.explode())));
        String path = basePath + operation.path().fill(pathValues);

        List<StyleEncoder.RawPair> rawQuery = new ArrayList<>();
        for (ApiRequest.QueryValue parameter : request.query()) {
            rawQuery.addAll(styles.query(parameter.name(), ParameterValue.of(parameter.value(), mapper),
                    parameter.style(), parameter.explode(), parameter.allowReserved()));
        }
        // The signature covers the decoded pairs, as the service reads them from the raw query.
        List<QueryParameter> query = new ArrayList<>(rawQuery.size());
        rawQuery.forEach(pair -> query.add(new QueryParameter(StyleEncoder.decode(pair.name()),
                StyleEncoder.decode(pair.value()))));

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("user-agent", userAgent);
        if (operation.reader().expectsJson()) {
            headers.put("accept", "application/json");
        }
        operation.headers().forEach(headers::put);
        request.headers().forEach((name, header) -> headers.put(name, HeaderChecks.value(name,
                styles.header(ParameterValue.of(header.value(), mapper), header.explode()))));
        if (!request.cookies().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            for (ApiRequest.CookieValue cookie : request.cookies()) {
                pairs.addAll(styles.cookie(cookie.name(), ParameterValue.of(cookie.value(), mapper), cookie.explode()));
            }
            headers.put("cookie", String.join("; ", pairs));
        }

        byte[] body = new byte[0];
        ApiRequest.Body content = request.body();
        if (content instanceof ApiRequest.JsonBody json) {
            body = mapper.writeValueAsBytes(json.value());
            headers.put("content-type", HeaderChecks.value("content-type", json.contentType()));
        } else if (content instanceof ApiRequest.FormBody form) {
            body = FormEncoding.encode(FormEncoding.fields(form.value(), form.style(), mapper))
                    .getBytes(StandardCharsets.UTF_8);
            headers.put("content-type", "application/x-www-form-urlencoded");
        } else if (content instanceof ApiRequest.MultipartBody multipart) {
            String boundary = MultipartEncoding.newBoundary();
            body = MultipartEncoding.encode(multipart.parts(), boundary, mapper);
            headers.put("content-type", MultipartEncoding.contentType(boundary));
        } else if (content instanceof ApiRequest.RawBody raw) {
            body = raw.bytes();
            headers.put("content-type", HeaderChecks.value("content-type", raw.contentType()));
        }
        return new SignableRequest(operation.method(), uri(path, rawQuery), query, headers, body);
    }

    private URI uri(String path, List<StyleEncoder.RawPair> query) {
        StringBuilder uri = new StringBuilder(128).append(endpoint.getScheme()).append("://")
                .append(endpoint.getRawAuthority()).append(path);
        char separator = '?';
        for (StyleEncoder.RawPair parameter : query) {
            uri.append(separator).append(parameter.name()).append('=').append(parameter.value());
            separator = '&';
        }
        return URI.create(uri.toString());
    }
}
