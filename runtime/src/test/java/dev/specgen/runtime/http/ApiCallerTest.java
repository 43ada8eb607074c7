package dev.specgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.validation.StringRules;
import dev.specgen.runtime.validation.ValidationException;
import dev.specgen.runtime.validation.Validator;
import dev.specgen.runtime.validation.Violation;
import dev.specgen.runtime.validation.Violations;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The call pipeline against a scripted loopback server: signing per attempt, retries, timeouts, hooks, encoding. */
class ApiCallerTest {

    record Task(String id, String state) {}

    private static final RetryPolicy FAST = RetryPolicy.builder().baseDelay(Duration.ofMillis(5))
            .maxDelay(Duration.ofMillis(20)).build();
    private static final ApiOperation<Task> GET_TASK = ApiOperation.builder("GetTask", "GET", "/tasks/{id}")
            .header("x-acs-action", "GetTask").header("x-acs-version", "2020-01-01").returns(Task.class);
    private static final ApiOperation<Task> CREATE_TASK = ApiOperation.builder("CreateTask", "POST", "/tasks")
            .returns(Task.class);

    private final ScriptedServer server = new ScriptedServer();
    private final List<AttemptOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final List<AttemptRequest> attempts = new CopyOnWriteArrayList<>();

    ApiCallerTest() throws IOException {}

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void throttledAttemptIsRetriedAndSignedAfresh() {
        server.then(new ScriptedServer.Answer(400, "{\"Code\":\"Throttling.User\",\"RequestId\":\"R1\"}",
                Map.of("x-acs-retry-after", "30"), 0)).then(200, "{\"id\":\"t-1\",\"state\":\"running\",\"new\":1}");

        try (ApiCaller caller = builder(server.uri()).build()) {
            Task task = caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t-1").build());

            assertThat(task).isEqualTo(new Task("t-1", "running"));
        }
        assertThat(server.received).hasSize(2);
        String firstNonce = header(0, "x-acs-signature-nonce");
        assertThat(firstNonce).isNotBlank().isNotEqualTo(header(1, "x-acs-signature-nonce"));
        assertThat(header(0, "Authorization")).isNotEqualTo(header(1, "Authorization"));
        assertThat(header(0, "x-acs-action")).isEqualTo("GetTask");
        assertThat(header(0, "User-Agent")).startsWith("specgen/").contains("TestClient/2020-01-01");
        assertThat(outcomes).extracting(AttemptOutcome::statusCode).containsExactly(400, 200);
        assertThat(outcomes.get(0).requestId()).isEqualTo("R1");
        assertThat(attempts).extracting(AttemptRequest::attempt).containsExactly(1, 2);
    }

    @Test
    void hooksSeeRedactedHeadersOnly() {
        server.then(200, "{\"id\":\"t\",\"state\":\"x\"}");
        try (ApiCaller caller = builder(server.uri()).credentials(Credentials.of("AKID", "SECRET", "STS-TOKEN"))
                .build()) {
            caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t").build());
        }
        Map<String, String> shown = attempts.get(0).headers();
        assertThat(shown.get("authorization")).startsWith("ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=")
                .endsWith("Signature=***");
        assertThat(shown.get("x-acs-security-token")).isEqualTo("***");
        assertThat(shown.toString()).doesNotContain("SECRET").doesNotContain("STS-TOKEN");
        assertThat(header(0, "x-acs-security-token")).isEqualTo("STS-TOKEN");
    }

    @Test
    void anInvalidRequestListsParameterThenBodyViolationsAndIsNotSent() throws Exception {
        Validator<Task> taskValidator = task -> Violations.addUnder(Violations.none(), "$.id",
                StringRules.minLength(task.id(), 1));
        ApiRequest<Task> invalid = CREATE_TASK.newRequest()
                .jsonBody(new Task("", "new"), "application/json", taskValidator)
                .queryParameter("owner", "")
                .parametersValidatedBy(() -> Violations.addUnder(Violations.none(), "$request.query.owner",
                        StringRules.minLength("", 1)))
                .build();

        try (ApiCaller caller = builder(server.uri()).build()) {
            assertThatThrownBy(() -> caller.executeBlocking(invalid))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.subject()).isEqualTo("request of CreateTask");
                        assertThat(e.violations()).extracting(Violation::path)
                                .containsExactly("$request.query.owner", "$request.body.id");
                    });
            CompletableFuture<Task> call = caller.execute(invalid);
            assertThat(call).isCompletedExceptionally();
            assertThatThrownBy(call::join).cause().isInstanceOf(ValidationException.class);
        }
        try (ApiCaller unchecked = builder(server.uri()).requestValidation(false).build()) {
            server.then(200, "{\"id\":\"t\",\"state\":\"new\"}");
            assertThat(unchecked.executeBlocking(invalid)).isEqualTo(new Task("t", "new"));
        }
        assertThat(server.received).hasSize(1);
    }

    @Test
    void headerValuesWithLineBreaksAreRefusedBeforeSending() {
        try (ApiCaller caller = builder(server.uri()).build()) {
            assertThatThrownBy(() -> caller.execute(GET_TASK.newRequest().pathParameter("id", "t")
                    .header("x-trace", "a\r\nx-injected: 1").build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the value of header 'x-trace' contains a line break (CR or LF); refused before"
                            + " sending, since it could inject headers");
        }
        assertThat(server.received).isEmpty();
    }

    @Test
    void pathValuesAreOneSegmentWhateverTheyContain() {
        server.then(200, "{}").then(200, "{}");
        try (ApiCaller caller = builder(server.uri()).build()) {
            caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "../a b/*").build());
            caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "..").build());
            assertThatThrownBy(() -> caller.execute(GET_TASK.newRequest().pathParameter("id", "").build()))
                    .hasMessageContaining("must not be empty");
        }
        assertThat(server.received).extracting(ScriptedServer.Received::rawPath)
                .containsExactly("/tasks/..%2Fa%20b%2F%2A", "/tasks/%2E%2E");
    }

    @Test
    void queryIsEncodedAsSigned() {
        server.then(200, "{}");
        try (ApiCaller caller = builder(server.uri()).build()) {
            caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t")
                    .queryParameter("tag", List.of("a b", "c*")).queryParameter("ids", List.of(1, 2), ParameterStyle.FORM, false)
                    .queryParameter("absent", null).build());
        }
        assertThat(server.received.get(0).rawQuery()).isEqualTo("tag=a%20b&tag=c%2A&ids=1,2");
    }

    /** What a generated sealed result type does, by hand: one record per status. */
    sealed interface PutResult {
        record Stored(Task task) implements PutResult {}

        record Created(String text) implements PutResult {}

        record Unchanged() implements PutResult {}
    }

    @Test
    void eachSuccessfulStatusIsReadAsItsOwnVariant() {
        ApiOperation<PutResult> put = ApiOperation.builder("Put", "PUT", "/tasks/{id}")
                .returns(ResponseVariants.<PutResult>builder()
                        .json("200", Task.class, PutResult.Stored::new)
                        .text("2XX", PutResult.Created::new)
                        .empty("204", PutResult.Unchanged::new)
                        .build());
        server.then(200, "{\"id\":\"t-1\"}").then(201, "made").then(204, "");
        try (ApiCaller caller = builder(server.uri()).build()) {
            assertThat(caller.executeBlocking(put.newRequest().pathParameter("id", "t").build()))
                    .isEqualTo(new PutResult.Stored(new Task("t-1", null)));
            assertThat(caller.executeBlocking(put.newRequest().pathParameter("id", "t").build()))
                    .isEqualTo(new PutResult.Created("made"));
            assertThat(caller.executeBlocking(put.newRequest().pathParameter("id", "t").build()))
                    .isEqualTo(new PutResult.Unchanged());
        }
    }

    @Test
    void aSuccessfulStatusTheSpecDoesNotDescribeFailsNamingIt() {
        ApiOperation<PutResult> put = ApiOperation.builder("Put", "PUT", "/tasks/{id}")
                .returns(ResponseVariants.<PutResult>builder().empty("204", PutResult.Unchanged::new).build());
        server.then(202, "{}");
        try (ApiCaller caller = builder(server.uri()).build()) {
            assertThatThrownBy(() -> caller.executeBlocking(put.newRequest().pathParameter("id", "t").build()))
                    .isInstanceOf(ApiDecodingException.class)
                    .hasStackTraceContaining("the spec describes no response for status 202 (it describes [204])");
        }
    }

    @Test
    void serverErrorsAreRetriedForIdempotentCallsOnly() {
        server.then(503, "busy").then(503, "busy").then(503, "busy");
        try (ApiCaller caller = builder(server.uri()).build()) {
            assertThatThrownBy(() -> caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t").build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(3);
                        assertThat(e.getMessage()).isEqualTo("GetTask failed with HTTP 503; body: busy (after 3 attempts)");
                    });
            server.then(500, "{\"Code\":\"InternalError\"}");
            assertThatThrownBy(() -> caller.executeBlocking(CREATE_TASK.newRequest().jsonBody(Map.of("a", 1),
                    "application/json").build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        }
        assertThat(server.received).hasSize(4);
        assertThat(server.received.get(3).body()).isEqualTo("{\"a\":1}");
    }

    @Test
    void readTimeoutSurfacesAsATimeout() {
        server.then(new ScriptedServer.Answer(200, "{}", Map.of(), 2_000));
        try (ApiCaller caller = builder(server.uri()).readTimeout(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.none()).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t").build()))
                    .isInstanceOfSatisfying(ApiTimeoutException.class, e -> {
                        assertThat(e.phase()).isEqualTo(ApiTimeoutException.Phase.READ);
                        assertThat(e.limit()).isEqualTo(Duration.ofMillis(200));
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
        }
    }

    @Test
    void aBodyThatStallsAfterTheHeadersTimesOutInBothFlavours() {
        server.then(new ScriptedServer.Answer(200, "{\"id\":\"t\",\"state\":\"running\"}", Map.of(), 0, 3_000));
        server.then(new ScriptedServer.Answer(200, "{\"id\":\"t\",\"state\":\"running\"}", Map.of(), 0, 3_000));
        try (ApiCaller caller = builder(server.uri()).readTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.none()).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t").build()))
                    .isInstanceOfSatisfying(ApiTimeoutException.class,
                            e -> assertThat(e.phase()).isEqualTo(ApiTimeoutException.Phase.READ));
            assertThatThrownBy(() -> caller.execute(GET_TASK.newRequest().pathParameter("id", "t").build()).join())
                    .hasCauseInstanceOf(ApiTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
        }
    }

    @Test
    void aBodyThatArrivesInTimeIsReadWhole() {
        server.then(new ScriptedServer.Answer(200, "{\"id\":\"t\",\"state\":\"running\"}", Map.of(), 0, 50));
        try (ApiCaller caller = builder(server.uri()).readTimeout(Duration.ofSeconds(2)).build()) {
            assertThat(caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t").build()))
                    .isEqualTo(new Task("t", "running"));
        }
    }

    @Test
    void totalDeadlineCutsTheLastAttempt() {
        server.then(new ScriptedServer.Answer(200, "{}", Map.of(), 2_000));
        try (ApiCaller caller = builder(server.uri()).readTimeout(Duration.ofSeconds(5))
                .retryPolicy(FAST.toBuilder().totalDeadline(Duration.ofMillis(300)).build()).build()) {
            assertThatThrownBy(() -> caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t").build()))
                    .isInstanceOfSatisfying(ApiTimeoutException.class,
                            e -> assertThat(e.phase()).isEqualTo(ApiTimeoutException.Phase.DEADLINE));
        }
    }

    @Test
    void refusedConnectionsAreRetriedThenReported() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (ApiCaller caller = builder(closedPort).build()) {
            assertThatThrownBy(() -> caller.executeBlocking(CREATE_TASK.newRequest().build()))
                    .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(3);
                        assertThat(e.getMessage()).startsWith("CreateTask: cannot reach " + closedPort);
                    });
        }
    }

    @Test
    void unreadableSuccessIsADecodingFailureThatKeepsTheBody() {
        server.then(200, "not json");
        try (ApiCaller caller = builder(server.uri()).build()) {
            assertThatThrownBy(() -> caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t").build()))
                    .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                        assertThat(e.rawBody()).isEqualTo("not json");
                        assertThat(e.getMessage()).startsWith("GetTask answered HTTP 200 with a body that is not a"
                                + " valid dev.specgen.runtime.http.ApiCallerTest$Task: not json (");
                    });
        }
    }

    @Test
    void blockingFailuresShowTheCallersStack() {
        server.then(404, "{\"Code\":\"NotFound\"}");
        try (ApiCaller caller = builder(server.uri()).build()) {
            assertThatThrownBy(() -> caller.executeBlocking(GET_TASK.newRequest().pathParameter("id", "t").build()))
                    .satisfies(e -> assertThat(e.getStackTrace()).anyMatch(frame ->
                            frame.getClassName().equals(ApiCallerTest.class.getName())));
        }
    }

    @Test
    void closedClientsRefuseCalls() {
        ApiCaller caller = builder(server.uri()).build();
        caller.close();
        assertThatThrownBy(() -> caller.execute(GET_TASK.newRequest().pathParameter("id", "t").build()))
                .isInstanceOf(IllegalStateException.class).hasMessage("TestClient is closed");
    }

    @Test
    void contradictorySettingsAreRejected() {
        assertThatThrownBy(() -> new TestClientBuilder(false).endpoint(server.uri())
                .credentials(Credentials.of("a", "b")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("declares no Alibaba Cloud signature");
        assertThatThrownBy(() -> new TestClientBuilder(true).endpoint(server.uri()).serverVariable("regionId", "x")
                .build()).hasMessageContaining("not both");
        assertThatThrownBy(() -> new TestClientBuilder(true).serverVariable("zone", "x"))
                .hasMessageContaining("has no variable 'zone'; it has [regionId]");
        assertThatThrownBy(() -> new TestClientBuilder(true).serverVariable("regionId", "a/b"))
                .hasMessageContaining("is not a valid value");
        assertThatThrownBy(() -> new TestClientBuilder(true).endpoint(server.uri())
                .httpClient(java.net.http.HttpClient.newHttpClient()).connectTimeout(Duration.ofSeconds(1)).build())
                .hasMessageContaining("set the connect timeout on it");
    }

    @Test
    void regionFillsTheServerTemplate() {
        try (ApiCaller caller = new TestClientBuilder(true).serverVariable("regionId", "cn-beijing")
                .credentials(Credentials.of("a", "b")).build()) {
            assertThat(caller.toString()).isEqualTo("TestClient at https://test.cn-beijing.example.com");
        }
    }

    private String header(int request, String name) {
        return server.received.get(request).headers().get(name).get(0);
    }

    private TestClientBuilder builder(URI endpoint) {
        return new TestClientBuilder(true).endpoint(endpoint).credentials(Credentials.of("id", "secret"))
                .retryPolicy(FAST)
                .hook(new ClientHook() {
                    @Override
                    public void beforeAttempt(AttemptRequest request) {
                        attempts.add(request);
                    }

                    @Override
                    public void afterAttempt(AttemptOutcome outcome) {
                        outcomes.add(outcome);
                    }
                });
    }

    /** What a generated client's builder looks like. */
    static final class TestClientBuilder extends ClientBuilder<TestClientBuilder> {
        TestClientBuilder(boolean signed) {
            super(signed
                    ? ServiceDescription.builder("TestClient").apiVersion("2020-01-01")
                            .server("https://test.{regionId}.example.com").serverVariable("regionId", "cn-hangzhou")
                            .acs3Signed().build()
                    : ServiceDescription.builder("TestClient").build());
        }

        @Override
        protected TestClientBuilder self() {
            return this;
        }

        ApiCaller build() {
            return buildCaller();
        }
    }
}
