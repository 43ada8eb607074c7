package dev.specgen.core.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.json.JsonMappers;
import dev.specgen.standin.RecordedRequest;
import dev.specgen.standin.StandInService;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client generated from {@code scalar-unions.yaml} sends unions of scalars as their raw values: GitHub's
 * {@code workflow_id} path parameter as {@code 42} or {@code ci.yml}, list items and headers likewise, and bodies
 * holding them as exactly the JSON they were read from.
 */
class ScalarUnionClientTest {

    private static final String VIEW = "{\"archived\":false,\"created_at\":\"2024-01-01T00:00:00Z\",\"id\":7,"
            + "\"limit\":\"max\",\"ratio\":0.25,\"score\":1.5,\"sort_by\":[12,\"ASC\"]}";

    private static final StandInService STAND_IN = StandInService.start();
    private static GeneratedClients generated;
    private static AutoCloseable client;

    @BeforeAll
    static void generate() throws Throwable {
        generated = GeneratedClients.compile(TestSpecs.resource("scalar-unions.yaml"), "dev.specgen.e2e.scalarunions");
        client = (AutoCloseable) GeneratedClients.call(
                StandInClients.signedBuilder(generated, "ScalarUnionsClient", STAND_IN), "build");
    }

    @BeforeEach
    void reset() {
        STAND_IN.reset();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        STAND_IN.close();
    }

    @Test
    void aPathParameterIsSentAsItsRawValue() throws Throwable {
        STAND_IN.respondNext(2, 200, VIEW);
        GeneratedClients.call(client, "getWorkflow", "octo", union("GetWorkflowWorkflowId", 42));
        GeneratedClients.call(client, "getWorkflow", "octo", union("GetWorkflowWorkflowId", "ci.yml"));

        assertThat(STAND_IN.requests()).extracting(RecordedRequest::rawPath)
                .containsExactly("/repos/octo/workflows/42", "/repos/octo/workflows/ci.yml");
        assertThat(STAND_IN.requests()).allSatisfy(r -> assertThat(r.signatureAccepted()).isTrue());
    }

    @Test
    void queryListItemsAndHeadersAreSentAsTheirRawValues() throws Throwable {
        STAND_IN.respondNext(1, 200, VIEW);
        Object builder = GeneratedClients.call(generated.type("GetWorkflowRequest"), "builder", "octo",
                union("GetWorkflowWorkflowId", 7));
        GeneratedClients.call(builder, "ids", List.of(union("GetWorkflowIdsItem", 1), union("GetWorkflowIdsItem",
                "abc")));
        GeneratedClients.call(builder, "since", union("Cursor", "next token"));
        GeneratedClients.call(builder, "xPage", union("GetWorkflowXPage", 3));
        GeneratedClients.call(client, "getWorkflow", GeneratedClients.call(builder, "build"));

        RecordedRequest request = STAND_IN.requests().get(0);
        assertThat(request.rawQuery()).isEqualTo("ids=1&ids=abc&since=next%20token");
        assertThat(request.header("x-page")).contains("3");
    }

    @Test
    void aBodyHoldingUnionsIsSentAndReadAsExactlyItsJson() throws Throwable {
        STAND_IN.respondNext(1, 200, VIEW);
        Object view = JsonMappers.standard().readValue(VIEW, generated.type("View"));

        Object stored = GeneratedClients.call(client, "putView", "octo", union("PutViewWorkflowId", "ci.yml"), view);

        assertThat(STAND_IN.requests().get(0).bodyText()).isEqualTo(VIEW);
        assertThat(stored).isEqualTo(view);
        assertThat(JsonMappers.standard().writeValueAsString(stored)).isEqualTo(VIEW);
    }

    /** A union's value, made by its {@code fromJson} as Jackson would from the same JSON scalar. */
    private static Object union(String type, Object value) throws Throwable {
        return GeneratedClients.call(generated.type(type), "fromJson", value);
    }
}
