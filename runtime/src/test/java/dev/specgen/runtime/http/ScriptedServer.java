package dev.specgen.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback HTTP server that answers from a script and records what it received; for the caller's unit tests. */
final class ScriptedServer implements AutoCloseable {

    /**
     * @param delayMillis how long to wait before the headers
     * @param bodyStallMillis how long to wait after the headers and the body's first byte, before the rest
     */
    record Answer(int status, String body, Map<String, String> headers, long delayMillis, long bodyStallMillis) {
        Answer(int status, String body, Map<String, String> headers, long delayMillis) {
            this(status, body, headers, delayMillis, 0);
        }
    }

    record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {}

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    ScriptedServer then(int status, String body) {
        return then(new Answer(status, body, Map.of(), 0));
    }

    ScriptedServer then(Answer answer) {
        script.add(answer);
        return this;
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(exchange.getRequestHeaders());
        return headers;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers(exchange),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Answer answer = script.poll();
            if (answer == null) {
                answer = new Answer(500, "{\"Code\":\"NoScript\"}", Map.of(), 0);
            }
            if (!pause(answer.delayMillis())) {
                return;
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (answer.bodyStallMillis() > 0 && body.length > 1) {
                exchange.getResponseBody().write(body, 0, 1);
                exchange.getResponseBody().flush();
                if (!pause(answer.bodyStallMillis())) {
                    return;
                }
                exchange.getResponseBody().write(body, 1, body.length - 1);
            } else {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
