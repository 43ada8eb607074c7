package dev.specgen.golden.schemas30;

import dev.specgen.golden.schemas30.validation.ZooValidator;
import dev.specgen.runtime.http.ApiCallException;
import dev.specgen.runtime.http.ApiCaller;
import dev.specgen.runtime.http.ApiException;
import dev.specgen.runtime.http.ApiOperation;
import dev.specgen.runtime.http.ApiRequest;
import dev.specgen.runtime.http.ClientBuilder;
import dev.specgen.runtime.http.ServiceDescription;
import dev.specgen.runtime.validation.ValidationException;
import java.util.concurrent.CompletableFuture;

/**
 * Client of Schemas, version 1.
 *
 * <p>Create one with {@link #builder()}, share it (it is thread-safe), and close it when done.
 * Each operation has a blocking method and a {@code CompletableFuture} one ({@code …Async}).
 *
 * <p>Requests are not signed unless the builder is given a signer.
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
 * <p>Usage: {@code SchemasClient.md}, generated beside this class.
 */
public final class SchemasClient implements AutoCloseable {
    private static final ServiceDescription SERVICE = ServiceDescription.builder(SchemasClient.class)
            .apiVersion("1")
            .build();

    private static final ApiOperation<Zoo> GET_ZOO = ApiOperation.builder("getZoo", "GET", "/zoo")
            .returns(Zoo.class, ZooValidator::validate);

    private final ApiCaller caller;

    private SchemasClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * Starts configuring a client; {@link Builder#build()} creates it.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * GET <code>/zoo</code>. Idempotent (its method is GET): throttling, 5xx answers, timeouts and lost connections are retried.
     *
     * @return the zoo
     * @throws ApiException when the service answers with an error status; it carries the error code and the request id
     * @throws ApiCallException when no usable answer comes: a timeout, a connection failure, an unreadable body
     * @throws ValidationException when the response breaks the spec and response validation is {@code STRICT}
     */
    public Zoo getZoo() {
        return sendAndWait(getZooRequest());
    }

    /**
     * Like {@link #getZoo()}, without blocking.
     *
     * @return a future of the response; it fails with an {@link ApiCallException} (an {@link ApiException} when the service answers with an error status), or with a {@link ValidationException} when the response breaks the spec and response validation is {@code STRICT}
     */
    public CompletableFuture<Zoo> getZooAsync() {
        return send(getZooRequest());
    }

    /**
     * Checks the inputs of one getZoo call and describes the request; nothing is encoded yet.
     */
    private static ApiRequest<Zoo> getZooRequest() {
        return GET_ZOO.newRequest()
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
     * Configures a {@link SchemasClient}: endpoint or region, credentials, timeouts, retries, validation, HTTP client and hooks,
     * as {@link ClientBuilder} describes. Not thread-safe.
     */
    public static final class Builder extends ClientBuilder<Builder> {
        private Builder() {
            super(SERVICE);
        }

        /**
         * Creates the client.
         *
         * @throws IllegalStateException when settings contradict each other or no endpoint can be determined
         */
        public SchemasClient build() {
            return new SchemasClient(buildCaller());
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
