package dev.specgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.json.JsonMappers;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error bodies of both spellings, and bodies that are not JSON at all, all give a useful {@link ApiException}. */
class ErrorDetailsTest {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (a, b) -> true);

    @Test
    void upperCaseKeysOfRpcAndGatewayErrors() {
        ApiException e = exception(404, """
                {"RequestId":"A7FD7411-9395","HostId":"eflo-controller.cn-wulanchabu.aliyuncs.com",
                 "Code":"InvalidTaskId.NotFound","Message":"The task does not exist.",
                 "Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidTaskId.NotFound"}""", NO_HEADERS);

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.errorCode()).contains("InvalidTaskId.NotFound");
        assertThat(e.errorMessage()).contains("The task does not exist.");
        assertThat(e.requestId()).contains("A7FD7411-9395");
        assertThat(e.hostId()).contains("eflo-controller.cn-wulanchabu.aliyuncs.com");
        assertThat(e.recommend()).contains("https://api.aliyun.com/troubleshoot?q=InvalidTaskId.NotFound");
        assertThat(e.getMessage()).isEqualTo("DescribeTask failed with HTTP 404 InvalidTaskId.NotFound:"
                + " The task does not exist. [request id A7FD7411-9395]");
        assertThat(e.isThrottling()).isFalse();
    }

    @Test
    void lowerCaseKeysOfContainerService() {
        ApiException e = exception(400, "{\"code\":\"Throttling.User\",\"message\":\"Request was denied.\","
                + "\"requestId\":\"0F3C\"}", NO_HEADERS);

        assertThat(e.errorCode()).contains("Throttling.User");
        assertThat(e.errorMessage()).contains("Request was denied.");
        assertThat(e.requestId()).contains("0F3C");
        assertThat(e.hostId()).isEmpty();
        assertThat(e.isThrottling()).isTrue();
    }

    @Test
    void nonJsonBodyGivesItsStartAsText() {
        ApiException e = exception(502, "<html><body>Bad gateway\n\n from nginx</body></html>", NO_HEADERS);

        assertThat(e.errorCode()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("DescribeTask failed with HTTP 502; body: <html><body>Bad gateway from"
                + " nginx</body></html>");
        assertThat(e.rawBody()).startsWith("<html>");
    }

    @Test
    void emptyJsonOfTheWrongShapeAndEmptyBodiesAreHandled() {
        assertThat(exception(500, "", NO_HEADERS).getMessage())
                .isEqualTo("DescribeTask failed with HTTP 500 and an empty body");
        assertThat(exception(500, "[1,2]", NO_HEADERS).getMessage()).isEqualTo("DescribeTask failed with HTTP 500; body: [1,2]");
        assertThat(exception(500, "{\"Code\":{\"nested\":true}}", NO_HEADERS).errorCode()).isEmpty();
        assertThat(exception(500, "{\"Code\":", NO_HEADERS).getMessage()).endsWith("body: {\"Code\":");
    }

    @Test
    void requestIdFallsBackToTheHeader() {
        HttpHeaders headers = HttpHeaders.of(Map.of("x-acs-request-id", List.of("FROM-HEADER")), (a, b) -> true);

        assertThat(exception(503, "Service Unavailable", headers).requestId()).contains("FROM-HEADER");
        assertThat(exception(503, "{\"RequestId\":\"FROM-BODY\"}", headers).requestId()).contains("FROM-BODY");
    }

    @Test
    void http429IsThrottlingWhateverTheBody() {
        assertThat(exception(429, "slow down", NO_HEADERS).isThrottling()).isTrue();
    }

    @Test
    void longBodiesAreCutInTheMessageButKeptWhole() {
        String body = "x".repeat(1000);
        ApiException e = exception(500, body, NO_HEADERS);

        assertThat(e.getMessage()).hasSizeLessThan(400).endsWith("…");
        assertThat(e.rawBody()).isEqualTo(body);
    }

    private static ApiException exception(int status, String body, HttpHeaders headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new ApiException("DescribeTask", 1, status, ErrorDetails.read(bytes, headers, JsonMappers.standard()),
                body);
    }
}
