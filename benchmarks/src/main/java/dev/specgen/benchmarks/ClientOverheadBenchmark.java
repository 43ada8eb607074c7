package dev.specgen.benchmarks;

import dev.specgen.benchmarks.cs.CsClient;
import dev.specgen.benchmarks.cs.DescribeTaskInfoResponse;
import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.validation.ResponseValidation;
import dev.specgen.runtime.auth.CredentialsProvider;
import dev.specgen.runtime.json.JsonMappers;
import dev.specgen.runtime.signing.Acs3Signer;
import dev.specgen.runtime.signing.SignableRequest;
import dev.specgen.standin.StandInService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-call cost of the generated {@code CsClient} against the stand-in on loopback, next to a hand-written call
 * that does the same work with the same pieces: the same {@link HttpClient}, a V3 signature made per call by the
 * same {@link Acs3Signer}, the same headers, and the body read into the same generated response type by the same
 * mapper. The difference is what the client adds: request building, encoding, retry bookkeeping, error
 * classification and, for the asynchronous pair, the future plumbing. Both pairs use one {@link HttpClient}
 * (HTTP/1.1, as the stand-in speaks it) and a stand-in that answers on its own thread, so that thread hand-offs
 * are the same on both sides. Sample-time mode: read the medians ({@code p0.50}). Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar ClientOverheadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class ClientOverheadBenchmark {

    private static final String TASK_ID = "T-5faa48fb31b6b8078d000006";
    /** The client's default read timeout; a careful hand-written call sets one too. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Credentials CREDENTIALS =
            Credentials.of(StandInService.ACCESS_KEY_ID, StandInService.ACCESS_KEY_SECRET);

    private StandInService standIn;
    private HttpClient http;
    private CsClient client;
    private Acs3Signer signer;
    private JsonMapper mapper;
    private URI uri;
    private String userAgent;

    @Setup(Level.Trial)
    public void start() {
        standIn = StandInService.builder().threads(0).start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        // Response validation off: the page's sample has loose dates, so the default (WARN) would log on every
        // call, and this benchmark compares transports. Validating this response costs about 0.2 µs
        // (ValidationBenchmark), under 0.1 % of a call here.
        client = CsClient.builder().endpoint(standIn.endpoint()).credentials(CREDENTIALS).httpClient(http)
                .responseValidation(ResponseValidation.OFF).build();
        signer = Acs3Signer.create(CredentialsProvider.of(CREDENTIALS));
        mapper = JsonMappers.standard();
        uri = URI.create(standIn.endpoint() + "/tasks/" + TASK_ID);
        userAgent = "hand-written/1.0";
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        standIn.close();
    }

    /** The generated client's blocking call. */
    @Benchmark
    public DescribeTaskInfoResponse generatedClient() {
        return client.describeTaskInfo(TASK_ID);
    }

    /** The generated client's asynchronous call, waited for. */
    @Benchmark
    public DescribeTaskInfoResponse generatedClientAsync() {
        return client.describeTaskInfoAsync(TASK_ID).join();
    }

    /** The same signed request, sent and read by hand with {@code HttpClient.send}. */
    @Benchmark
    public DescribeTaskInfoResponse handWritten() throws IOException, InterruptedException {
        return read(http.send(signedRequest(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** The same signed request, sent and read by hand with {@code HttpClient.sendAsync}, waited for. */
    @Benchmark
    public DescribeTaskInfoResponse handWrittenAsync() {
        return read(http.sendAsync(signedRequest(), HttpResponse.BodyHandlers.ofByteArray()).join());
    }

    /**
     * The same signed request with {@code sendAsync}, decoded in {@code thenApply} as asynchronous code is
     * usually written (and as the generated client does): on the HTTP client's thread, not the waiting one.
     */
    @Benchmark
    public DescribeTaskInfoResponse handWrittenAsyncThenApply() {
        return http.sendAsync(signedRequest(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(this::read).join();
    }

    private HttpRequest signedRequest() {
        Map<String, String> headers = Map.of("x-acs-action", "DescribeTaskInfo", "x-acs-version", "2015-12-15",
                "accept", "application/json", "user-agent", userAgent);
        Map<String, String> signature = signer.sign(new SignableRequest("GET", uri, List.of(), headers, new byte[0]));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT).GET();
        headers.forEach(request::header);
        signature.forEach(request::header);
        return request.build();
    }

    private DescribeTaskInfoResponse read(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the stand-in answered " + response.statusCode());
        }
        return mapper.readValue(response.body(), DescribeTaskInfoResponse.class);
    }
}
