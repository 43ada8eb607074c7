package dev.specgen.core.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.http.ApiException;
import dev.specgen.runtime.signing.Signer;
import dev.specgen.standin.StandInService;
import dev.specgen.standin.TaskApi;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Clients of specs without Alibaba Cloud extensions send requests unsigned, or signed by the signer they are
 * given; a spec's default signature can be replaced the same way.
 */
class PluggableSignerEndToEndTest {

    @Test
    void unsignedSpecsCallWithTheGivenSignerOrNone() throws Throwable {
        GeneratedClients generated = GeneratedClients.compile(TestSpecs.resource("constructs.yaml"),
                "dev.specgen.e2e.constructs");
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestURI().getRawPath() + " auth="
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"petType\":\"cat\",\"name\":\"Tom\",\"lives\":9}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try {
            Signer bearer = request -> Map.of("Authorization", "Bearer test-token");
            try (AutoCloseable signed = build(generated, endpoint, bearer);
                    AutoCloseable unsigned = build(generated, endpoint, null)) {
                Object pet = GeneratedClients.call(signed, "getPet", "a/b");
                assertThat(pet.getClass().getSimpleName()).isEqualTo("Cat");
                assertThat(GeneratedClients.call(pet, "name")).isEqualTo("Tom");
                GeneratedClients.call(unsigned, "getPet", "..");
            }
        } finally {
            server.stop(0);
        }
        assertThat(seen).containsExactly("/pets/a%2Fb auth=Bearer test-token", "/pets/%2E%2E auth=null");
    }

    @Test
    void credentialsAreRefusedWhereTheSpecDeclaresNoSignature() throws Throwable {
        GeneratedClients generated = GeneratedClients.compile(TestSpecs.resource("constructs.yaml"),
                "dev.specgen.e2e.constructs2");
        Object builder = GeneratedClients.call(generated.type("ConstructsClient"), "builder");
        GeneratedClients.call(builder, "endpoint", URI.create("http://127.0.0.1:1"));
        GeneratedClients.call(builder, "credentials", Credentials.of("id", "secret"));

        assertThatThrownBy(() -> GeneratedClients.call(builder, "build")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares no Alibaba Cloud signature, so credentials would not be used");
    }

    @Test
    void aTaskApisSignatureCanBeReplaced() throws Throwable {
        TaskApiClient cs = TaskApiClient.of(TaskApi.CS);
        try (StandInService standIn = StandInService.start()) {
            Object builder = GeneratedClients.call(cs.generated.type("CsClient"), "builder");
            GeneratedClients.call(builder, "endpoint", standIn.endpoint());
            GeneratedClients.call(builder, "signer", (Signer) request -> Map.of("Authorization", "Bearer x"));
            try (AutoCloseable client = (AutoCloseable) GeneratedClients.call(builder, "build")) {
                assertThatThrownBy(() -> cs.call(client, cs.knownTaskId()))
                        .isInstanceOfSatisfying(ApiException.class,
                                e -> assertThat(e.errorCode()).contains("IncompleteSignature"));
            }
        }
    }

    private static AutoCloseable build(GeneratedClients generated, URI endpoint, Signer signer) throws Throwable {
        Object builder = GeneratedClients.call(generated.type("ConstructsClient"), "builder");
        GeneratedClients.call(builder, "endpoint", endpoint);
        if (signer != null) {
            GeneratedClients.call(builder, "signer", signer);
        }
        return (AutoCloseable) GeneratedClients.call(builder, "build");
    }
}
