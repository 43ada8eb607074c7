package dev.specgen.standin;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Error bodies in the two shapes Alibaba Cloud uses. */
final class ErrorBodies {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ErrorBodies() {}

    static byte[] of(TaskApi.ErrorStyle style, String code, String message, String requestId, String host) {
        Map<String, String> body = new LinkedHashMap<>();
        if (style == TaskApi.ErrorStyle.LOWER_CASE) {
            body.put("code", code);
            body.put("message", message);
            body.put("requestId", requestId);
        } else {
            body.put("RequestId", requestId);
            body.put("HostId", host);
            body.put("Code", code);
            body.put("Message", message);
            body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code);
        }
        return MAPPER.writeValueAsBytes(body);
    }
}
