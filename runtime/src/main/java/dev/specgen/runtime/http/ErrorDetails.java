package dev.specgen.runtime.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an error body says, read leniently: either spelling of Alibaba Cloud's keys, at the top level or under
 * an {@code Error} object; anything that is not a JSON object gives empty details, never an exception.
 */
public record ErrorDetails(@Nullable String code, @Nullable String message, @Nullable String requestId,
        @Nullable String hostId, @Nullable String recommend) {

    private static final Set<String> THROTTLING_CODES = Set.of("Throttling", "Throttling.User", "Throttling.Api");
    private static final int EXCERPT_LENGTH = 300;

    /** No details at all. */
    public static final ErrorDetails NONE = new ErrorDetails(null, null, null, null, null);

    /** Reads a response body; the request id falls back to the {@code x-acs-request-id} header. */
    public static ErrorDetails read(byte[] body, HttpHeaders headers, JsonMapper mapper) {
        ErrorDetails details = parse(body, mapper);
        if (details.requestId == null) {
            String header = headers.firstValue("x-acs-request-id").orElse(null);
            if (header != null) {
                details = new ErrorDetails(details.code, details.message, header, details.hostId, details.recommend);
            }
        }
        return details;
    }

    private static ErrorDetails parse(byte[] body, JsonMapper mapper) {
        if (body.length == 0) {
            return NONE;
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            return NONE; // not JSON: the exception shows the body's start as text instead
        }
        if (root == null || !root.isObject()) {
            return NONE;
        }
        JsonNode error = root.path("Error").isObject() ? root.get("Error") : root;
        return new ErrorDetails(
                text(error, "Code", "code"),
                text(error, "Message", "message"),
                text(root, "RequestId", "requestId", "request_id"),
                text(root, "HostId", "hostId"),
                text(root, "Recommend", "recommend"));
    }

    private static @Nullable String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && (value.isString() || value.isNumber() || value.isBoolean())) {
                String text = value.asString();
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        return null;
    }

    static boolean isThrottlingCode(@Nullable String code) {
        return code != null && THROTTLING_CODES.contains(code);
    }

    /** The start of a body, on one line, for messages. */
    static String excerpt(String body) {
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT_LENGTH ? oneLine : oneLine.substring(0, EXCERPT_LENGTH) + "…";
    }

    static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
