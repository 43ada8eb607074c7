package dev.specgen.golden.csdescribetaskinfoearlier;

import dev.specgen.golden.csdescribetaskinfoearlier.validation.DescribeTaskInfoResponseValidator;
import dev.specgen.golden.csdescribetaskinfoearlier.validation.ParameterValidation;
import dev.specgen.runtime.http.ApiCallException;
import dev.specgen.runtime.http.ApiCaller;
import dev.specgen.runtime.http.ApiException;
import dev.specgen.runtime.http.ApiOperation;
import dev.specgen.runtime.http.ApiRequest;
import dev.specgen.runtime.http.ClientBuilder;
import dev.specgen.runtime.http.ServiceDescription;
import dev.specgen.runtime.validation.ValidationException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Client of Container Service for Kubernetes (ACK) - DescribeTaskInfo (earlier revision), version 2015-12-15.
 *
 * <p>Create one with {@link #builder()}, share it (it is thread-safe), and close it when done.
 * Each operation has a blocking method and a {@code CompletableFuture} one ({@code …Async}).
 *
 * <p>Requests are signed with Alibaba Cloud's V3 signature (ACS3-HMAC-SHA256), with the credentials given to the
 * builder or, by default, from the {@code ALIBABA_CLOUD_ACCESS_KEY_ID} / {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}
 * environment variables.
 *
 * <p>Failures are exceptions: {@link ApiException} when the service answers with an error status,
 * other {@link ApiCallException}s for timeouts and connection failures. Throttling is retried for every call,
 * 5xx answers and lost connections for idempotent ones, within the retry policy's total deadline.
 *
 * <p>Requests are checked against the spec before they are sent: an invalid one fails with a
 * {@link ValidationException} listing every violation, and nothing is sent. Responses are checked after
 * reading: by default each invalid one is logged as a warning of the {@code System.Logger} named after
 * this class, and returned. See the builder's {@code requestValidation} and {@code responseValidation}.
 *
 * <p>Usage: {@code CsClient.md}, generated beside this class.
 */
public final class CsClient implements AutoCloseable {
    private static final ServiceDescription SERVICE = ServiceDescription.builder(CsClient.class)
            .apiVersion("2015-12-15")
            .server("https://cs.{regionId}.aliyuncs.com")
            .serverVariable("regionId", "cn-hangzhou")
            .acs3Signed()
            .build();

    private static final ApiOperation<DescribeTaskInfoResponse> DESCRIBE_TASK_INFO = ApiOperation.builder("DescribeTaskInfo", "GET", "/tasks/{task_id}")
            .header("x-acs-action", "DescribeTaskInfo")
            .header("x-acs-version", "2015-12-15")
            .returns(DescribeTaskInfoResponse.class, DescribeTaskInfoResponseValidator::validate);

    private final ApiCaller caller;

    private CsClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * Starts configuring a client; {@link Builder#build()} creates it.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Query detailed information about a task by ID.
     *
     * <p>Queries detailed information about a specific task by ID.
     *
     * <p>GET <code>/tasks/{task_id}</code>, action <code>DescribeTaskInfo</code>. Idempotent (its method is GET): throttling, 5xx answers, timeouts and lost connections are retried.
     * <p>Tags: <code>tasks</code>.
     *
     * @param taskId The ID of the task. (path parameter <code>task_id</code>)
     * @return Detailed information about the task.
     * @throws ApiException when the service answers with an error status; it carries the error code and the request id; {@code e.body(ErrorResponse.class)} reads its body as the spec's {@link ErrorResponse}
     * @throws ApiCallException when no usable answer comes: a timeout, a connection failure, an unreadable body
     * @throws ValidationException when the request breaks the spec (then nothing is sent), or the response breaks the spec and response validation is {@code STRICT}
     */
    public DescribeTaskInfoResponse describeTaskInfo(String taskId) {
        return sendAndWait(describeTaskInfoRequest(taskId));
    }

    /**
     * Like {@link #describeTaskInfo(String)}, without blocking.
     *
     * @param taskId The ID of the task. (path parameter <code>task_id</code>)
     * @return a future of the response; it fails with an {@link ApiCallException} (an {@link ApiException} when the service answers with an error status; {@code e.body(ErrorResponse.class)} reads its body as the spec's {@link ErrorResponse}), or with a {@link ValidationException} when the request breaks the spec (then nothing is sent), or the response breaks the spec and response validation is {@code STRICT}
     */
    public CompletableFuture<DescribeTaskInfoResponse> describeTaskInfoAsync(String taskId) {
        return send(describeTaskInfoRequest(taskId));
    }

    /**
     * Checks the inputs of one DescribeTaskInfo call and describes the request, with what validates it before sending; nothing is encoded yet.
     */
    private static ApiRequest<DescribeTaskInfoResponse> describeTaskInfoRequest(String taskId) {
        Objects.requireNonNull(taskId, "taskId");
        return DESCRIBE_TASK_INFO.newRequest()
                .pathParameter("task_id", taskId)
                .parametersValidatedBy(() -> ParameterValidation.describeTaskInfo(taskId))
                .build();
    }

    /**
     * Every asynchronous call goes through here, and every blocking one through {@link #sendAndWait}:
     * the two places for what applies to all operations. (Validation is not here: the caller runs the checks
     * each request and operation carry, as the builder's settings say.)
     */
    private <T> CompletableFuture<T> send(ApiRequest<T> request) {
        return caller.execute(request);
    }

    /**
     * Every blocking call goes through here, on the caller's thread; see {@link #send}.
     */
    private <T> T sendAndWait(ApiRequest<T> request) {
        return caller.executeBlocking(request);
    }

    /**
     * Stops accepting calls and releases the HTTP client's threads (unless the HTTP client was yours).
     */
    @Override
    public void close() {
        caller.close();
    }

    /**
     * Names the client and its endpoint.
     */
    @Override
    public String toString() {
        return caller.toString();
    }

    /**
     * Configures a {@link CsClient}: endpoint or region, credentials, timeouts, retries, validation, HTTP client and hooks,
     * as {@link ClientBuilder} describes. Not thread-safe.
     */
    public static final class Builder extends ClientBuilder<Builder> {
        private Builder() {
            super(SERVICE);
        }

        /**
         * Sets the region: fills <code>{regionId}</code> into <code>https://cs.{regionId}.aliyuncs.com</code> (default <code>cn-hangzhou</code>). Not together with {@code endpoint(URI)}.
         *
         * @param regionId a region id such as <code>cn-hangzhou</code>
         * @return this builder
         */
        public Builder region(String regionId) {
            return serverVariable("regionId", regionId);
        }

        /**
         * Creates the client.
         *
         * @throws IllegalStateException when settings contradict each other or no endpoint can be determined
         */
        public CsClient build() {
            return new CsClient(buildCaller());
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
