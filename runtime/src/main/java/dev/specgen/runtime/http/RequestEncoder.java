package dev.specgen.runtime.http;

import dev.specgen.runtime.signing.PercentEncoding;
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

    RequestEncoder(URI endpoint, JsonMapper mapper, String userAgent) {
        this.endpoint = endpoint;
        String rawPath = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        this.basePath = rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        this.mapper = mapper;
        this.userAgent = userAgent;
    }

    SignableRequest encode(ApiRequest<?> request) {
        ApiOperation<?> operation = request.operation();
        Map<String, String> pathValues = new LinkedHashMap<>();
        request.pathParameters().forEach((name, value) ->
                pathValues.put(name, String.join(",", ParameterText.each(value, mapper))));
        String path = basePath + operation.path().fill(pathValues);

        List<QueryParameter> query = new ArrayList<>();
        for (ApiRequest.QueryValue parameter : request.query()) {
            List<String> texts = ParameterText.each(parameter.value(), mapper);
            if (parameter.delimiter() == null) {
                texts.forEach(text -> query.add(new QueryParameter(parameter.name(), text)));
            } else {
                query.add(new QueryParameter(parameter.name(), String.join(parameter.delimiter(), texts)));
            }
        }

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("user-agent", userAgent);
        if (operation.reader().expectsJson()) {
            headers.put("accept", "application/json");
        }
        operation.headers().forEach(headers::put);
        request.headers().forEach((name, value) ->
                headers.put(name, HeaderChecks.value(name, String.join(",", ParameterText.each(value, mapper)))));
        if (!request.cookies().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            request.cookies().forEach((name, value) -> pairs.add(PercentEncoding.encode(name) + "="
                    + PercentEncoding.encode(String.join(",", ParameterText.each(value, mapper)))));
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
        } else if (content instanceof ApiRequest.RawBody raw) {
            body = raw.bytes();
            headers.put("content-type", HeaderChecks.value("content-type", raw.contentType()));
        }
        return new SignableRequest(operation.method(), uri(path, query), query, headers, body);
    }

    private URI uri(String path, List<QueryParameter> query) {
        StringBuilder uri = new StringBuilder(128).append(endpoint.getScheme()).append("://")
                .append(endpoint.getRawAuthority()).append(path);
        char separator = '?';
        for (QueryParameter parameter : query) {
            uri.append(separator).append(PercentEncoding.encode(parameter.name())).append('=')
                    .append(PercentEncoding.encode(parameter.value()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }
}
