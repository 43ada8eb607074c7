package dev.specgen.core.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.http.ApiException;
import dev.specgen.runtime.http.FilePart;
import dev.specgen.runtime.validation.ResponseValidation;
import dev.specgen.runtime.validation.Rule;
import dev.specgen.runtime.validation.ValidationException;
import dev.specgen.runtime.validation.Violation;
import dev.specgen.standin.RecordedRequest;
import dev.specgen.standin.StandInService;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client generated from {@code operations.yaml}, called against the stand-in service, which records each
 * request as received and checks its V3 signature: the exact bytes on the wire for every parameter style and body
 * kind, and what each response status becomes.
 */
class OperationsEndToEndTest {

    private static final StandInService STAND_IN = StandInService.start();
    private static GeneratedClients generated;
    private static AutoCloseable client;

    @BeforeAll
    static void generate() throws Throwable {
        generated = GeneratedClients.compile(TestSpecs.resource("operations.yaml"), "dev.specgen.e2e.operations");
        client = (AutoCloseable) GeneratedClients.call(
                StandInClients.signedBuilder(generated, "OperationsClient", STAND_IN), "build");
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
    void pathParametersFollowTheirStyles() throws Throwable {
        STAND_IN.respondNext(1, 204, "");
        GeneratedClients.call(client, "pathStyles", "a b,c", List.of("x", "y/z"), List.of("l1", "l2"),
                List.of("m1", "m2"), color(1, 2, 3));

        RecordedRequest request = onlyRequest();
        assertThat(request.rawPath()).isEqualTo("/paths/a%20b%2Cc/x,y%2Fz/.l1.l2/;matrix=m1,m2/;B=3;G=2;R=1");
    }

    @Test
    void queryParametersFollowTheirStyles() throws Throwable {
        STAND_IN.respondNext(1, 204, "");
        Object builder = GeneratedClients.call(generated.type("QueryStylesRequest"), "builder", color(1, 2, 3),
                List.of(1, 2), color(4, 5, 6), List.of("a,b", "c"), List.of("p", "q"), color(7, 8, 9),
                List.of("s t", "u"));
        GeneratedClients.call(builder, "next", "/page/2?size=10&sort=a+b");
        GeneratedClients.call(builder, "where", color(1, 0, 0));
        GeneratedClients.call(client, "queryStyles", GeneratedClients.call(builder, "build"));

        assertThat(onlyRequest().rawQuery()).isEqualTo("B=3&G=2&R=1" // form, exploded object
                + "&exploded=1&exploded=2" // form, exploded list
                + "&filter%5BB%5D=6&filter%5BG%5D=5&filter%5BR%5D=4" // deepObject
                + "&formList=a%2Cb,c" // form, not exploded: a comma inside a value is encoded, between values not
                + "&piped=p%7Cq" // pipeDelimited
                + "&shade=B,9,G,8,R,7" // form, object not exploded
                + "&spaced=s%20t%20u" // spaceDelimited
                + "&next=/page/2?size%3D10%26sort%3Da%2Bb" // allowReserved, but not & = +
                + "&where=%7B%22B%22%3A0%2C%22G%22%3A0%2C%22R%22%3A1%7D"); // content: application/json
    }

    @Test
    void headersAndCookiesFollowTheirStyles() throws Throwable {
        STAND_IN.respondNext(1, 204, "");
        GeneratedClients.call(client, "headerAndCookieStyles", color(1, 2, 3), List.of("a", "b c"),
                List.of("p", "q"), "s;1");

        RecordedRequest request = onlyRequest();
        assertThat(request.header("x-color")).contains("B=3,G=2,R=1");
        assertThat(request.header("x-list")).contains("a,b c");
        assertThat(request.header("cookie")).contains("prefs=p,q; session=s%3B1");
    }

    @Test
    void multipartBodiesCarryTextJsonAndFileParts() throws Throwable {
        STAND_IN.respondNext(1, 201, "{\"id\":\"u-1\",\"size\":3}");
        Object builder = GeneratedClients.call(generated.type("UploadRequest"), "builder",
                FilePart.of("tom \"cat\".png", "image/png", new byte[] {(byte) 0x89, 'P', 'N'}), "Tom");
        GeneratedClients.call(builder, "count", 2);
        GeneratedClients.call(builder, "meta", color(1, 2, 3));
        GeneratedClients.call(builder, "tags", List.of("a", "b"));
        Object stored = GeneratedClients.call(client, "upload", GeneratedClients.call(builder, "build"));

        assertThat(GeneratedClients.call(stored, "id")).isEqualTo("u-1");
        RecordedRequest request = onlyRequest();
        String contentType = request.header("content-type").orElseThrow();
        assertThat(contentType).matches("multipart/form-data; boundary=specgen-[0-9a-f]{32}");
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        assertThat(new String(request.body(), StandardCharsets.ISO_8859_1)).isEqualTo(("""
                --B\r
                Content-Disposition: form-data; name="count"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                2\r
                --B\r
                Content-Disposition: form-data; name="file"; filename="tom %22cat%22.png"\r
                Content-Type: image/png\r
                \r
                \u0089PN\r
                --B\r
                Content-Disposition: form-data; name="meta"\r
                Content-Type: application/json\r
                \r
                {"B":3,"G":2,"R":1}\r
                --B\r
                Content-Disposition: form-data; name="tags"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                a\r
                --B\r
                Content-Disposition: form-data; name="tags"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                b\r
                --B\r
                Content-Disposition: form-data; name="title"\r
                Content-Type: text/markdown\r
                \r
                Tom\r
                --B--\r
                """).replace("--B", "--" + boundary));
    }

    @Test
    void octetStreamBodiesAreTheBytesAndEachSuccessStatusIsRead() throws Throwable {
        byte[] blob = {0, 1, 2, (byte) 0xFF};
        STAND_IN.respondNext(1, 200, "{\"id\":\"b-1\",\"size\":4}");
        STAND_IN.respondNext(1, 201, "{\"id\":\"b-2\",\"size\":4}");
        STAND_IN.respondNext(1, 204, "");

        assertThat(GeneratedClients.call(GeneratedClients.call(client, "putBlob", "a.bin", blob), "id"))
                .isEqualTo("b-1");
        assertThat(GeneratedClients.call(GeneratedClients.call(client, "putBlob", "a.bin", blob), "id"))
                .isEqualTo("b-2");
        assertThat(GeneratedClients.call(client, "putBlob", "a.bin", blob)).isNull();

        List<RecordedRequest> requests = STAND_IN.requests();
        assertThat(requests).hasSize(3).allSatisfy(request -> {
            assertThat(request.signatureAccepted()).isTrue();
            assertThat(request.rawPath()).isEqualTo("/blobs/a.bin");
            assertThat(request.header("content-type")).contains("application/octet-stream");
            assertThat(request.body()).containsExactly(blob);
        });
    }

    @Test
    void successfulStatusesWithDifferentBodiesBecomeRecordsOfTheResultType() throws Throwable {
        STAND_IN.respondNext(1, 200, "{\"id\":\"c-1\"}");
        STAND_IN.respondNext(1, 202, "{\"ticket\":\"t-9\"}");
        STAND_IN.respondNext(1, 204, "");
        Class<?> result = generated.type("CopyBlobResult");
        assertThat(result.isSealed()).isTrue();
        assertThat(Arrays.stream(result.getPermittedSubclasses()).map(Class::getSimpleName))
                .containsExactly("Ok", "Accepted", "NoContent");

        Object ok = GeneratedClients.call(client, "copyBlob", "a.bin");
        Object accepted = GeneratedClients.call(client, "copyBlob", "a.bin");
        Object noContent = ((CompletableFuture<?>) GeneratedClients.call(client, "copyBlobAsync", "a.bin")).join();

        assertThat(ok.getClass().getSimpleName()).isEqualTo("Ok");
        assertThat(GeneratedClients.call(GeneratedClients.call(ok, "body"), "id")).isEqualTo("c-1");
        assertThat(accepted.getClass().getSimpleName()).isEqualTo("Accepted");
        assertThat(GeneratedClients.call(GeneratedClients.call(accepted, "body"), "ticket")).isEqualTo("t-9");
        assertThat(noContent.getClass().getSimpleName()).isEqualTo("NoContent");
        assertThat(STAND_IN.requests()).allMatch(RecordedRequest::signatureAccepted);
    }

    @Test
    void eachStatusBodyIsValidatedByItsOwnValidator() throws Throwable {
        Object builder = StandInClients.signedBuilder(generated, "OperationsClient", STAND_IN);
        GeneratedClients.call(builder, "responseValidation", ResponseValidation.STRICT);
        STAND_IN.respondNext(1, 202, "{\"ticket\":\"t\"}");
        try (AutoCloseable strict = (AutoCloseable) GeneratedClients.call(builder, "build")) {
            assertThatThrownBy(() -> GeneratedClients.call(strict, "copyBlob", "a.bin"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path, Violation::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("$.ticket", Rule.MIN_LENGTH)));
        }
    }

    @Test
    void theDefaultErrorBodyIsReadFromTheException() throws Throwable {
        STAND_IN.respondNext(1, 409, "{\"code\":\"Conflict\",\"detail\":\"exists\"}");
        Class<?> problem = generated.type("Problem");

        assertThatThrownBy(() -> GeneratedClients.call(client, "putBlob", "a.bin", new byte[] {1}))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    Object body = e.body(problem).orElseThrow();
                    assertThat(body).hasToString(problem.getSimpleName() + "[code=Conflict, detail=exists]");
                    assertThat(e.body(Integer.class)).isEmpty(); // not that type: empty, never an exception
                });
    }

    @Test
    void aDefaultResponseWithoutAny2xxOneIsTheSuccessfulResponse() throws Throwable {
        STAND_IN.respondNext(1, 200, "{\"id\":\"l-1\"}");
        STAND_IN.respondNext(1, 400, "{\"id\":\"l-2\"}");

        assertThat(GeneratedClients.call(GeneratedClients.call(client, "legacy"), "id")).isEqualTo("l-1");
        assertThatThrownBy(() -> GeneratedClients.call(client, "legacy")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.body(generated.type("Stored")).orElseThrow()).hasToString("Stored[id=l-2, size=null]"));
    }

    @Test
    void operationsWithoutAnIdAndClashingAsyncNamesGetDistinctNames() throws Throwable {
        List<String> methods = Arrays.stream(generated.type("OperationsClient").getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).map(Method::getName)
                .filter(name -> name.contains("Things") || name.startsWith("refresh")).sorted().distinct().toList();
        assertThat(methods).containsExactly("deleteThingsId", "deleteThingsIdAsync", "getThingsId",
                "getThingsIdAsync", "refresh", "refreshAsync", "refreshAsync2", "refreshAsyncAsync");

        STAND_IN.respondNext(1, 204, "");
        STAND_IN.respondNext(1, 204, "");
        GeneratedClients.call(client, "refreshAsync");
        ((CompletableFuture<?>) GeneratedClients.call(client, "refreshAsync2")).join();
        assertThat(STAND_IN.requests()).extracting(RecordedRequest::rawPath)
                .containsExactlyInAnyOrder("/refresh-async", "/refresh");
    }

    @Test
    void tagsAppearInTheJavadoc() {
        assertThat(generated.file("OperationsClient.java")).contains("<p>Tags: <code>bodies</code>.");
    }

    private static Object color(int r, int g, int b) throws Throwable {
        Object builder = GeneratedClients.call(generated.type("Color"), "builder");
        GeneratedClients.call(builder, "r", r);
        GeneratedClients.call(builder, "g", g);
        GeneratedClients.call(builder, "b", b);
        return GeneratedClients.call(builder, "build");
    }

    /** The one request the stand-in received; its signature must have verified. */
    private static RecordedRequest onlyRequest() {
        assertThat(STAND_IN.requests()).hasSize(1);
        RecordedRequest request = STAND_IN.requests().get(0);
        assertThat(request.signatureAccepted()).as("signature of %s", request).isTrue();
        return request;
    }
}
