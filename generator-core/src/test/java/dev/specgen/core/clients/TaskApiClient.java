package dev.specgen.core.clients;

import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.json.JsonMappers;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.standin.StandInService;
import dev.specgen.standin.TaskApi;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One of the three task APIs as a test drives it: its spec generated and compiled, and its client's one
 * operation called by reflection (the client is compiled in the test, so it has no static type here).
 */
final class TaskApiClient {

    private static final Map<TaskApi, TaskApiClient> COMPILED = new EnumMap<>(TaskApi.class);

    final TaskApi api;
    final GeneratedClients generated;
    private final String clientClass;
    private final String method;
    private final String responseClass;

    private TaskApiClient(TaskApi api, String spec, String clientClass, String method, String responseClass,
            boolean validators) {
        this.api = api;
        String packageName = "dev.specgen.e2e." + clientClass.toLowerCase(java.util.Locale.ROOT)
                + (validators ? "" : ".unvalidated");
        this.generated = GeneratedClients.compile(TestSpecs.repoRoot().resolve("specs").resolve(spec),
                GeneratorOptions.of(packageName).withValidators(validators));
        this.clientClass = clientClass;
        this.method = method;
        this.responseClass = responseClass;
    }

    /** The client generated with validators, compiled once for all the tests that use it. */
    static TaskApiClient of(TaskApi api) {
        synchronized (COMPILED) {
            return COMPILED.computeIfAbsent(api, a -> of(a, true));
        }
    }

    /** @param validators whether the generator emits validators (and so the client validates) */
    static TaskApiClient of(TaskApi api, boolean validators) {
        return switch (api) {
            case CS -> new TaskApiClient(api, "cs-describe-task-info.yaml", "CsClient", "describeTaskInfo",
                    "DescribeTaskInfoResponse", validators);
            case EFLO_CONTROLLER -> new TaskApiClient(api, "eflo-controller-describe-task.yaml",
                    "EfloControllerClient", "describeTask", "DescribeTaskResponse", validators);
            case BDRC -> new TaskApiClient(api, "bdrc-describe-task.yaml", "BdrcClient", "describeTask",
                    "DescribeTaskResponse", validators);
        };
    }

    /** A client of the stand-in, with quick retries so that tests of retrying stay fast. */
    AutoCloseable client(URI endpoint, Duration readTimeout, RetryPolicy retries) throws Throwable {
        return build(builder(endpoint, readTimeout, retries));
    }

    AutoCloseable client(URI endpoint) throws Throwable {
        return build(builder(endpoint));
    }

    /** The generated client's builder, set up for the stand-in; finish it with {@link #build}. */
    Object builder(URI endpoint) throws Throwable {
        return builder(endpoint, Duration.ofSeconds(10), RetryPolicy.builder().baseDelay(Duration.ofMillis(10))
                .maxDelay(Duration.ofMillis(50)).build());
    }

    private Object builder(URI endpoint, Duration readTimeout, RetryPolicy retries) throws Throwable {
        Object builder = GeneratedClients.call(generated.type(clientClass), "builder");
        GeneratedClients.call(builder, "endpoint", endpoint);
        GeneratedClients.call(builder, "credentials",
                Credentials.of(StandInService.ACCESS_KEY_ID, StandInService.ACCESS_KEY_SECRET));
        GeneratedClients.call(builder, "readTimeout", readTimeout);
        GeneratedClients.call(builder, "retryPolicy", retries);
        return builder;
    }

    static AutoCloseable build(Object builder) throws Throwable {
        return (AutoCloseable) GeneratedClients.call(builder, "build");
    }

    /** The name of the client's logger: its class's full name. */
    String loggerName() {
        return generated.type(clientClass).getName();
    }

    /** The client class's source. */
    String clientSource() {
        return generated.file(clientClass + ".java");
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
