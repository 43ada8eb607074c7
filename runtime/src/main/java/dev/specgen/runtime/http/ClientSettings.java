package dev.specgen.runtime.http;

import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.signing.Signer;
import dev.specgen.runtime.validation.ResponseValidation;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything an {@link ApiCaller} runs with, resolved by {@link ClientBuilder}.
 *
 * @param validateRequests whether requests are validated before they are sent
 * @param responseValidation what happens to a response that breaks its schema
 * @param logger the client's own logger (named after the client class)
 * @param executor runs retries after their delay
 * @param nanoTime the clock for deadlines (a fake one in tests)
 * @param random uniform values in [0, 1) for backoff jitter
 * @param owned what the caller created and must release on close (its HTTP client's thread pool); {@code null}
 *     when the HTTP client was the user's
 */
record ClientSettings(
        String clientName,
        URI endpoint,
        HttpClient httpClient,
        Signer signer,
        RetryPolicy retryPolicy,
        Duration readTimeout,
        List<ClientHook> hooks,
        JsonMapper mapper,
        String userAgent,
        boolean validateRequests,
        ResponseValidation responseValidation,
        System.Logger logger,
        Executor executor,
        LongSupplier nanoTime,
        DoubleSupplier random,
        @Nullable AutoCloseable owned) {

    ClientSettings {
        hooks = List.copyOf(hooks);
    }
}
