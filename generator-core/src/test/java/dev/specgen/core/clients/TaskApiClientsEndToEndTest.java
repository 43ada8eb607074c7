package dev.specgen.core.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.runtime.http.ApiException;
import dev.specgen.runtime.http.ApiTimeoutException;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.standin.RecordedRequest;
import dev.specgen.standin.StandInService;
import dev.specgen.standin.TaskApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated clients of the three task APIs, compiled in memory and run against the stand-in service, which
 * checks every request's signature with its own implementation.
 */
class TaskApiClientsEndToEndTest {

    private static final StandInService STAND_IN = StandInService.start();

    @BeforeEach
    void reset() {
        STAND_IN.reset();
    }

    @AfterAll
    static void stop() {
        STAND_IN.close();
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void typedResponseEqualsThePagesSample(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        try (AutoCloseable client = generated.client(STAND_IN.endpoint())) {
            Object response = generated.call(client, generated.knownTaskId());

            assertThat(response).isEqualTo(generated.sample());
        }
        RecordedRequest request = STAND_IN.requests().get(0);
        assertThat(request.signatureAccepted()).isTrue();
        assertThat(request.api()).isEqualTo(api);
        assertThat(request.taskId()).isEqualTo(generated.knownTaskId());
        assertThat(request.header("x-acs-action")).contains(api.action());
        assertThat(request.header("x-acs-version")).contains(api.version());
        assertThat(request.header("user-agent").orElseThrow()).startsWith("specgen/");
        if (api == TaskApi.EFLO_CONTROLLER) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.rawPath()).isEqualTo("/");
            assertThat(request.header("content-type")).contains("application/x-www-form-urlencoded");
            assertThat(request.bodyText()).isEqualTo("TaskId=" + generated.knownTaskId());
        } else {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.header("content-type")).isEmpty();
            assertThat(request.body()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void throttledFirstAttemptIsRetriedFreshlySigned(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        STAND_IN.throttleNext(1, Duration.ofMillis(50));
        try (AutoCloseable client = generated.client(STAND_IN.endpoint())) {
            assertThat(generated.call(client, generated.knownTaskId())).isEqualTo(generated.sample());
        }
        List<RecordedRequest> requests = STAND_IN.requests();
        assertThat(requests).hasSize(2).allMatch(RecordedRequest::signatureAccepted);
        assertThat(requests.get(0).header("x-acs-signature-nonce"))
                .isNotEqualTo(requests.get(1).header("x-acs-signature-nonce"));
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void unknownTaskIsAnApiExceptionWithCodeAndRequestId(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        try (AutoCloseable client = generated.client(STAND_IN.endpoint())) {
            assertThatThrownBy(() -> generated.call(client, "no-such-task"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.errorCode()).contains("InvalidTaskId.NotFound");
                        assertThat(e.requestId()).get().asString().matches("[0-9A-F-]{36}");
                        assertThat(e.attempts()).isEqualTo(1);
                        assertThat(e.getMessage()).startsWith(api.action() + " failed with HTTP 404"
                                + " InvalidTaskId.NotFound: The specified task does not exist. [request id ");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void unknownEnumValuesAndFieldsAreRead(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        String sample = new String(api.sampleResponse(), StandardCharsets.UTF_8);
        String changed = switch (api) {
            case CS -> sample.replace("\"state\": \"running\",", "\"state\": \"paused\", \"brand_new\": {\"a\": [1]},")
                    .replace("\"status\": \"success\"", "\"status\": \"rolled_back\"");
            case EFLO_CONTROLLER -> sample.replace("\"TaskState\": \"running\",",
                    "\"TaskState\": \"paused\", \"BrandNew\": 42,");
            case BDRC -> sample.replace("\"TaskStatus\": \"RUNNING\",", "\"TaskStatus\": \"PAUSED\", \"BrandNew\": [],");
        };
        assertThat(changed).isNotEqualTo(sample);
        STAND_IN.respondNext(1, 200, changed);

        Object response;
        try (AutoCloseable client = generated.client(STAND_IN.endpoint())) {
            response = generated.call(client, generated.knownTaskId());
        }
        assertThat(response).isEqualTo(generated.read(changed.getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(generated.sample());
        Object value = switch (api) {
            case CS -> GeneratedClients.call(GeneratedClients.call(response, "state"), "value");
            case EFLO_CONTROLLER -> GeneratedClients.call(GeneratedClients.call(response, "taskState"), "value");
            case BDRC -> GeneratedClients.call(GeneratedClients.call(response, "data"), "taskStatus");
        };
        assertThat(value).isEqualTo(api == TaskApi.BDRC ? "PAUSED" : "paused");
        if (api != TaskApi.BDRC) {
            Object state = GeneratedClients.call(response, api == TaskApi.CS ? "state" : "taskState");
            assertThat(GeneratedClients.call(state, "known").toString()).isEqualTo("UNKNOWN");
        }
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void readTimeoutSurfacesAsATimeout(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        STAND_IN.delayNext(1, Duration.ofSeconds(3));
        long start = System.nanoTime();
        try (AutoCloseable client = generated.client(STAND_IN.endpoint(), Duration.ofMillis(300), RetryPolicy.none())) {
            assertThatThrownBy(() -> generated.call(client, generated.knownTaskId()))
                    .isInstanceOfSatisfying(ApiTimeoutException.class, e -> {
                        assertThat(e.phase()).isEqualTo(ApiTimeoutException.Phase.READ);
                        assertThat(e.operation()).isEqualTo(api.action());
                    });
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void twoHundredConcurrentAsyncCallsAreAllCorrect(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        Object sample = generated.sample();
        try (AutoCloseable client = generated.client(STAND_IN.endpoint())) {
            List<CompletableFuture<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(generated.callAsync(client, generated.knownTaskId()));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            for (CompletableFuture<Object> call : calls) {
                assertThat(call.join()).isEqualTo(sample);
            }
        }
        assertThat(STAND_IN.requests()).hasSize(200).allMatch(RecordedRequest::signatureAccepted);
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void awkwardTaskIdsArriveAsOneSegmentAndSignCorrectly(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        List<String> ids = List.of("with space", "a/b", "..", ".", "../../admin", "50%", "%2F", "a*b", "~tilde~",
                "任务-é", "a+b", "q?x=1#f", "semi;colon");
        ids.forEach(id -> STAND_IN.registerTask(api, id));
        try (AutoCloseable client = generated.client(STAND_IN.endpoint())) {
            for (String id : ids) {
                assertThat(generated.call(client, id)).as(id).isEqualTo(generated.sample());
            }
        }
        List<RecordedRequest> requests = STAND_IN.requests();
        assertThat(requests).hasSize(ids.size()).allMatch(RecordedRequest::signatureAccepted);
        for (int i = 0; i < ids.size(); i++) {
            RecordedRequest request = requests.get(i);
            assertThat(request.taskId()).isEqualTo(ids.get(i));
            switch (api) {
                case CS -> assertThat(request.pathSegments()).containsExactly("tasks", ids.get(i));
                case BDRC -> assertThat(request.pathSegments()).containsExactly("api", "v1", "tasks", ids.get(i));
                case EFLO_CONTROLLER -> assertThat(request.rawPath()).isEqualTo("/");
            }
        }
    }
}
