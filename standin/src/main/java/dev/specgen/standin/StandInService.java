package dev.specgen.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in of the three Alibaba Cloud task APIs ({@link TaskApi}) on {@code 127.0.0.1} and an ephemeral port,
 * for tests and samples. It checks every request's V3 signature with its own implementation, refuses bad ones
 * with Alibaba Cloud's error shape, and answers known task ids with the documentation pages' sample responses
 * (verbatim), unknown ones with a 404. Tests can queue behaviours for the next requests (throttle, fail, delay,
 * answer anything) and read back every request received, exactly as it arrived.
 *
 * <p>Requests with a good signature take the queued behaviours in order, one each, before the normal answer.
 * Refused requests (bad signature) are recorded but take no behaviour.
 */
public final class StandInService implements AutoCloseable {

    /** The AccessKey ID the stand-in accepts unless told otherwise. */
    public static final String ACCESS_KEY_ID = "StandInAccessKeyId";
    /** The secret of {@link #ACCESS_KEY_ID}. */
    public static final String ACCESS_KEY_SECRET = "StandInAccessKeySecret";

    private static final AtomicInteger THREADS = new AtomicInteger();

    static {
        // The JDK's server writes a response's headers and body separately; with Nagle's algorithm on, the
        // client's delayed ACK then stalls every response by ~40 ms on loopback. Read once, when the JDK's server
        // configuration is first loaded, so it must be set before any HttpServer is created in this JVM.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final @Nullable ExecutorService pool;
    private final SignatureVerifier verifier;
    private final Map<TaskApi, Set<String>> knownTaskIds = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Scripted> script = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private StandInService(Builder builder) throws IOException {
        this.verifier = new SignatureVerifier(builder.secrets, builder.clock);
        resetKnownTaskIds();
        // Loopback only, ephemeral port; a backlog large enough for a test's burst of concurrent calls.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        pool = builder.threads == 0 ? null : Executors.newFixedThreadPool(builder.threads, runnable -> {
            Thread thread = new Thread(runnable, "stand-in-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool); // null: the server's own dispatcher thread handles every request
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a stand-in that accepts {@link #ACCESS_KEY_ID} / {@link #ACCESS_KEY_SECRET}. */
    public static StandInService start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL to give a client: {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Makes a task id known to an API, so that it is answered with the page's sample. */
    public void registerTask(TaskApi api, String taskId) {
        knownTaskIds.get(api).add(Objects.requireNonNull(taskId, "taskId"));
    }

    /** The next {@code calls} requests get {@code Throttling.User} (HTTP 400), without a retry-after. */
    public void throttleNext(int calls) {
        queue(calls, new Scripted.Throttle(null));
    }

    /** The next {@code calls} requests get {@code Throttling.User} with {@code x-acs-retry-after} (milliseconds). */
    public void throttleNext(int calls, Duration retryAfter) {
        queue(calls, new Scripted.Throttle(retryAfter));
    }

    /** The next {@code calls} requests fail with this status and error code, in the API's error shape. */
    public void failNext(int calls, int status, String code) {
        queue(calls, new Scripted.Fail(status, code, "The stand-in was told to fail with " + code + "."));
    }

    /** The next {@code calls} requests are answered only after this delay. */
    public void delayNext(int calls, Duration delay) {
        queue(calls, new Scripted.Delay(delay));
    }

    /** The next {@code calls} requests are answered with this status and JSON body, e.g. unknown fields or values. */
    public void respondNext(int calls, int status, String jsonBody) {
        queue(calls, new Scripted.Respond(status, jsonBody));
    }

    /** Every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Forgets received requests, queued behaviours and registered task ids. */
    public void reset() {
        requests.clear();
        script.clear();
        resetKnownTaskIds();
    }

    @Override
    public void close() {
        server.stop(0);
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private void resetKnownTaskIds() {
        for (TaskApi api : TaskApi.values()) {
            Set<String> ids = ConcurrentHashMap.newKeySet();
            ids.addAll(api.knownTaskIds());
            knownTaskIds.put(api, ids);
        }
    }

    private void queue(int calls, Scripted behaviour) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1, was " + calls);
        }
        for (int i = 0; i < calls; i++) {
            script.add(behaviour);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange);
        } catch (RuntimeException e) {
            // A bug in the stand-in must show in the test, not hang the client.
            send(exchange, 500, ErrorBodies.of(TaskApi.ErrorStyle.UPPER_CASE, "StandIn.InternalError",
                    String.valueOf(e), requestId(), host(exchange)), null);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        Route route = Routes.match(method, rawPath, rawQuery, headers, body);
        TaskApi api = route == null ? null : route.api();
        TaskApi.ErrorStyle style = api == null ? TaskApi.ErrorStyle.UPPER_CASE : api.errorStyle();

        SignatureVerifier.Refusal refusal = verifier.verify(method, rawPath, rawQuery,
                name -> first(headers, name), List.copyOf(headers.keySet()), body,
                api == null ? 400 : api.signatureFailureStatus());
        requests.add(new RecordedRequest(method, rawPath, Routes.segments(rawPath), rawQuery, headers, body, api,
                route == null ? null : route.taskId(), refusal == null ? null : refusal.code()));
        if (refusal != null) {
            error(exchange, style, refusal.status(), refusal.code(), refusal.message(), null);
            return;
        }

        Scripted scripted = script.poll();
        if (scripted instanceof Scripted.Delay delay) {
            sleep(delay.delay());
        } else if (scripted instanceof Scripted.Throttle throttle) {
            error(exchange, style, 400, "Throttling.User", "Request was denied due to user flow control.",
                    throttle.retryAfter());
            return;
        } else if (scripted instanceof Scripted.Fail fail) {
            error(exchange, style, fail.status(), fail.code(), fail.message(), null);
            return;
        } else if (scripted instanceof Scripted.Respond respond) {
            send(exchange, respond.status(), respond.body().getBytes(StandardCharsets.UTF_8), null);
            return;
        }

        if (route == null) {
            error(exchange, style, 404, "InvalidAction.NotFound", "Specified api is not found, please check your url"
                    + " and method.", null);
        } else if (route.problem() != null) {
            error(exchange, style, 400, route.problem().code(), route.problem().message(), null);
        } else if (knownTaskIds.get(api).contains(route.taskId())) {
            send(exchange, 200, api.sampleResponse(), null);
        } else {
            error(exchange, style, 404, "InvalidTaskId.NotFound", "The specified task does not exist.", null);
        }
    }

    private void error(HttpExchange exchange, TaskApi.ErrorStyle style, int status, String code, String message,
            @Nullable Duration retryAfter) throws IOException {
        String requestId = requestId();
        send(exchange, status, ErrorBodies.of(style, code, message, requestId, host(exchange)), retryAfter, requestId);
    }

    private void send(HttpExchange exchange, int status, byte[] body, @Nullable Duration retryAfter)
            throws IOException {
        send(exchange, status, body, retryAfter, requestId());
    }

    private static void send(HttpExchange exchange, int status, byte[] body, @Nullable Duration retryAfter,
            String requestId) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.getResponseHeaders().set("x-acs-request-id", requestId);
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("x-acs-retry-after", Long.toString(retryAfter.toMillis()));
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static @Nullable String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static String host(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host == null ? "127.0.0.1" : host;
    }

    private static String requestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Configures a {@link StandInService}. */
    public static final class Builder {
        private final Map<String, String> secrets = new LinkedHashMap<>(Map.of(ACCESS_KEY_ID, ACCESS_KEY_SECRET));
        private Clock clock = Clock.systemUTC();
        private int threads = 16;

        private Builder() {}

        /** Accepts this AccessKey pair too. */
        public Builder accessKey(String id, String secret) {
            secrets.put(id, secret);
            return this;
        }

        /** The clock that {@code x-acs-date} is checked against (15 minutes either way). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How many requests are handled at once (default 16); delayed requests hold a thread each. 0 handles them
         * one at a time on the server's own thread, which saves a thread hand-off per request (for benchmarks of a
         * single caller; a delay then holds up every request).
         */
        public Builder threads(int threads) {
            if (threads < 0) {
                throw new IllegalArgumentException("threads must not be negative");
            }
            this.threads = threads;
            return this;
        }

        public StandInService start() {
            try {
                return new StandInService(this);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the stand-in on 127.0.0.1: " + e.getMessage(), e);
            }
        }
    }

    /** The API and task a request is for; {@code problem} when it names the API but not correctly. */
    record Route(TaskApi api, @Nullable String taskId, SignatureVerifier.@Nullable Refusal problem) {}

}
