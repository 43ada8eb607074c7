package dev.specgen.core.clients;

import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.json.JsonMappers;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.standin.StandInService;
import dev.specgen.standin.TaskApi;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One of the three task APIs as a test drives it: its spec generated and compiled, and its client's one
 * operation called by reflection (the client is compiled in the test, so it has no static type here).
 */
final class TaskApiClient {

    final TaskApi api;
    final GeneratedClients generated;
    private final String clientClass;
    private final String method;
    private final String responseClass;

    private TaskApiClient(TaskApi api, String spec, String clientClass, String method, String responseClass) {
        this.api = api;
        this.generated = GeneratedClients.compile(TestSpecs.repoRoot().resolve("specs").resolve(spec),
                "dev.specgen.e2e." + clientClass.toLowerCase(java.util.Locale.ROOT));
        this.clientClass = clientClass;
        this.method = method;
        this.responseClass = responseClass;
    }

    static TaskApiClient of(TaskApi api) {
        return switch (api) {
            case CS -> new TaskApiClient(api, "cs-describe-task-info.yaml", "CsClient", "describeTaskInfo",
                    "DescribeTaskInfoResponse");
            case EFLO_CONTROLLER -> new TaskApiClient(api, "eflo-controller-describe-task.yaml",
                    "EfloControllerClient", "describeTask", "DescribeTaskResponse");
            case BDRC -> new TaskApiClient(api, "bdrc-describe-task.yaml", "BdrcClient", "describeTask",
                    "DescribeTaskResponse");
        };
    }

    /** A client of the stand-in, with quick retries so that tests of retrying stay fast. */
    AutoCloseable client(URI endpoint, Duration readTimeout, RetryPolicy retries) throws Throwable {
        Object builder = GeneratedClients.call(generated.type(clientClass), "builder");
        GeneratedClients.call(builder, "endpoint", endpoint);
        GeneratedClients.call(builder, "credentials",
                Credentials.of(StandInService.ACCESS_KEY_ID, StandInService.ACCESS_KEY_SECRET));
        GeneratedClients.call(builder, "readTimeout", readTimeout);
        GeneratedClients.call(builder, "retryPolicy", retries);
        return (AutoCloseable) GeneratedClients.call(builder, "build");
    }

    AutoCloseable client(URI endpoint) throws Throwable {
        return client(endpoint, Duration.ofSeconds(10), RetryPolicy.builder().baseDelay(Duration.ofMillis(10))
                .maxDelay(Duration.ofMillis(50)).build());
    }

    Object call(AutoCloseable client, String taskId) throws Throwable {
        return GeneratedClients.call(client, method, taskId);
    }

    @SuppressWarnings("unchecked")
    CompletableFuture<Object> callAsync(AutoCloseable client, String taskId) throws Throwable {
        return (CompletableFuture<Object>) GeneratedClients.call(client, method + "Async", taskId);
    }

    /** The page's sample, read into the generated response type. */
    Object sample() {
        return read(api.sampleResponse());
    }

    Object read(byte[] json) {
        return JsonMappers.standard().readValue(json, generated.type(responseClass));
    }

    String knownTaskId() {
        return api.knownTaskIds().get(0);
    }
}
