package dev.specgen.standin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.auth.CredentialsProvider;
import dev.specgen.runtime.signing.Acs3Signer;
import dev.specgen.runtime.signing.SignableRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stand-in over real HTTP, with requests signed by the client's signer. */
class StandInServiceTest {

    private static final StandInService STAND_IN = StandInService.start();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Acs3Signer SIGNER = Acs3Signer.create(CredentialsProvider.of(
            Credentials.of(StandInService.ACCESS_KEY_ID, StandInService.ACCESS_KEY_SECRET)));

    @BeforeEach
    void reset() {
        STAND_IN.reset();
    }

    @AfterAll
    static void stop() {
        STAND_IN.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(STAND_IN.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(STAND_IN.endpoint().getPort()).isPositive();
    }

    @Test
    void knownTasksGetThePagesSampleVerbatim() throws Exception {
        HttpResponse<String> cs = send("GET", "/tasks/T-5faa48fb31b6b8078d000006", TaskApi.CS, null);
        HttpResponse<String> eflo = send("POST", "/", TaskApi.EFLO_CONTROLLER, "TaskId=i156331731670384438138");
        HttpResponse<String> bdrc = send("GET", "/api/v1/tasks/t-xxxxxxxx", TaskApi.BDRC, null);

        assertThat(cs.statusCode()).isEqualTo(200);
        assertThat(cs.body()).isEqualTo(new String(TaskApi.CS.sampleResponse(), StandardCharsets.UTF_8))
                .contains("\"task_id\": \"T-5faa48fb31b6b8078d000006\"");
        assertThat(eflo.body()).contains("\"NodeIds\": [\n    \"['mock-sn-200101']\"");
        assertThat(bdrc.body()).contains("\"TaskDescription\": \" empty\"");
        assertThat(STAND_IN.requests()).extracting(RecordedRequest::api)
                .containsExactly(TaskApi.CS, TaskApi.EFLO_CONTROLLER, TaskApi.BDRC);
        assertThat(STAND_IN.requests()).allMatch(RecordedRequest::signatureAccepted);
        assertThat(STAND_IN.requests().get(1).taskId()).isEqualTo("i156331731670384438138");
    }

    @Test
    void unknownTasksGetA404InTheApisErrorShape() throws Exception {
        JsonNode cs = json(send("GET", "/tasks/T-nope", TaskApi.CS, null), 404);
        JsonNode bdrc = json(send("GET", "/api/v1/tasks/t-nope", TaskApi.BDRC, null), 404);

        assertThat(cs.get("code").asString()).isEqualTo("InvalidTaskId.NotFound");
        assertThat(cs.get("requestId").asString()).isNotBlank();
        assertThat(bdrc.get("Code").asString()).isEqualTo("InvalidTaskId.NotFound");
        assertThat(bdrc.get("RequestId").asString()).isNotBlank();
        assertThat(bdrc.get("HostId").asString()).startsWith("127.0.0.1:");
    }

    @Test
    void registeredTasksAreKnownAndPathSegmentsAreRecordedDecoded() throws Exception {
        STAND_IN.registerTask(TaskApi.CS, "a/b c");

        assertThat(send("GET", "/tasks/a%2Fb%20c", TaskApi.CS, null).statusCode()).isEqualTo(200);
        assertThat(STAND_IN.requests().get(0).pathSegments()).containsExactly("tasks", "a/b c");
        assertThat(STAND_IN.requests().get(0).rawPath()).isEqualTo("/tasks/a%2Fb%20c");
    }

    @Test
    void badSignaturesAreRefusedWithTheGatewaysError() throws Exception {
        HttpResponse<String> response = sendTampered("GET", "/tasks/T-5faa48fb31b6b8078d000006", TaskApi.CS);

        JsonNode body = json(response, 403);
        assertThat(body.get("code").asString()).isEqualTo("SignatureDoesNotMatch");
        assertThat(STAND_IN.requests().get(0).refusal()).isEqualTo("SignatureDoesNotMatch");

        JsonNode rpc = json(sendTampered("POST", "/", TaskApi.EFLO_CONTROLLER), 400);
        assertThat(rpc.get("Code").asString()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void reusedNoncesAreRefused() throws Exception {
        HttpRequest request = signed("GET", "/tasks/T-5faa48fb31b6b8078d000006", TaskApi.CS, null);

        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(json(replay, 400).get("code").asString()).isEqualTo("SignatureNonceUsed");
    }

    @Test
    void throttlesFailsAndRespondsAsTold() throws Exception {
        STAND_IN.throttleNext(1, Duration.ofMillis(250));
        STAND_IN.failNext(1, 503, "ServiceUnavailable");
        STAND_IN.respondNext(1, 200, "{\"task_id\":\"x\",\"state\":\"paused\",\"brand_new\":true}");

        HttpResponse<String> throttled = send("GET", "/tasks/T-5faa48fb31b6b8078d000006", TaskApi.CS, null);
        assertThat(json(throttled, 400).get("code").asString()).isEqualTo("Throttling.User");
        assertThat(throttled.headers().firstValue("x-acs-retry-after")).contains("250");
        assertThat(json(send("POST", "/", TaskApi.EFLO_CONTROLLER, "TaskId=x"), 503).get("Code").asString())
                .isEqualTo("ServiceUnavailable");
        assertThat(send("GET", "/api/v1/tasks/t-xxxxxxxx", TaskApi.BDRC, null).body()).contains("brand_new");
        assertThat(send("GET", "/api/v1/tasks/t-xxxxxxxx", TaskApi.BDRC, null).body()).contains("TaskName");
    }

    @Test
    void delaysAsTold() throws Exception {
        STAND_IN.delayNext(1, Duration.ofMillis(300));
        long start = System.nanoTime();

        send("GET", "/tasks/T-5faa48fb31b6b8078d000006", TaskApi.CS, null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void wrongActionOrUnknownPathIsRefused() throws Exception {
        HttpRequest request = signedWith("GET", "/tasks/T-5faa48fb31b6b8078d000006", "DescribeTask", "2015-12-15",
                null);
        assertThat(json(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 400).get("code").asString())
                .isEqualTo("InvalidAction.NotFound");
        HttpRequest unknown = signedWith("GET", "/clusters", "DescribeClusters", "2015-12-15", null);
        assertThat(json(HTTP.send(unknown, HttpResponse.BodyHandlers.ofString()), 404).get("Code").asString())
                .isEqualTo("InvalidAction.NotFound");
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, TaskApi api, String form)
            throws IOException, InterruptedException {
        return HTTP.send(signed(method, path, api, form), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> sendTampered(String method, String path, TaskApi api)
            throws IOException, InterruptedException {
        HttpRequest signed = signed(method, path, api, method.equals("POST") ? "TaskId=x" : null);
        HttpRequest.Builder tampered = HttpRequest.newBuilder(signed.uri()).method(method,
                method.equals("POST") ? HttpRequest.BodyPublishers.ofString("TaskId=x")
                        : HttpRequest.BodyPublishers.noBody());
        signed.headers().map().forEach((name, values) -> tampered.header(name,
                name.equalsIgnoreCase("authorization") ? flipLastCharacter(values.get(0)) : values.get(0)));
        return HTTP.send(tampered.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String flipLastCharacter(String authorization) {
        char last = authorization.charAt(authorization.length() - 1);
        return authorization.substring(0, authorization.length() - 1) + (last == '0' ? '1' : '0');
    }

    private static HttpRequest signed(String method, String path, TaskApi api, String form) {
        return signedWith(method, path, api.action(), api.version(), form);
    }

    private static HttpRequest signedWith(String method, String path, String action, String version, String form) {
        URI uri = URI.create(STAND_IN.endpoint() + path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", version);
        if (form != null) {
            headers.put("content-type", "application/x-www-form-urlencoded");
        }
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        Map<String, String> signature = SIGNER.sign(new SignableRequest(method, uri, List.of(), headers, body));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method,
                form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        signature.forEach(request::header);
        return request.build();
    }
}
