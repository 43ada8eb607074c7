package dev.specgen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.auth.CredentialsProvider;
import dev.specgen.runtime.signing.SignableRequest.QueryParameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The four vectors of {@code shared/acs3-signature.md}, reproduced exactly. */
class Acs3SignerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-10-26T10:22:32Z"), ZoneOffset.UTC);
    private static final String NONCE = "3156853299f313e23d1673dc12e1703d";
    private static final Acs3Signer SIGNER = Acs3Signer.create(
            CredentialsProvider.of(Credentials.of("YourAccessKeyId", "YourAccessKeySecret")), CLOCK, () -> NONCE);

    @Test
    void vector1ContainerServiceDescribeTaskInfo() {
        Acs3Signer.Signature signature = SIGNER.signature(request("GET",
                "https://cs.cn-hangzhou.aliyuncs.com/tasks/T-5faa48fb31b6b8078d000006", List.of(),
                headers("DescribeTaskInfo", "2015-12-15", null), ""));

        assertThat(signature.canonicalRequest().sha256Hex())
                .isEqualTo("d8b640b380c9513e17306d90edd7bf31033add55905d23ba36e4da7d6af746af");
        assertThat(signature.signature()).isEqualTo("6dda33569a927dfd10fbc8c4f84fd333644b233e49163190d654faf971e70194");
        assertThat(signature.headers().get("Authorization")).isEqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                + "Signature=6dda33569a927dfd10fbc8c4f84fd333644b233e49163190d654faf971e70194");
        assertThat(signature.headers()).containsEntry("x-acs-date", "2023-10-26T10:22:32Z")
                .containsEntry("x-acs-signature-nonce", NONCE)
                .containsEntry("x-acs-content-sha256",
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void vector2EfloControllerDescribeTaskWithFormBody() {
        Acs3Signer.Signature signature = SIGNER.signature(request("POST",
                "https://eflo-controller.cn-wulanchabu.aliyuncs.com/", List.of(),
                headers("DescribeTask", "2022-12-15", "application/x-www-form-urlencoded"),
                "TaskId=i156331731670384438138"));

        assertThat(signature.headers().get("x-acs-content-sha256"))
                .isEqualTo("c1a54414609469ab882a49da1269126fb31fa63062b364a86ec376f883607b0c");
        assertThat(signature.canonicalRequest().sha256Hex())
                .isEqualTo("d599134464f08270af9658e38a367284670eea0dc960857ad6433ad9784ec21c");
        assertThat(signature.signature()).isEqualTo("64a402ca0469bcc0b3f69be95b29dc355194bc7da66fda9f517df1507026006d");
        assertThat(signature.canonicalRequest().signedHeaders())
                .isEqualTo("content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                        + "x-acs-version");
    }

    @Test
    void vector3EfloControllerDescribeTaskWithQuery() {
        Acs3Signer.Signature signature = SIGNER.signature(request("POST",
                "https://eflo-controller.cn-wulanchabu.aliyuncs.com/?TaskId=i156331731670384438138",
                List.of(new QueryParameter("TaskId", "i156331731670384438138")),
                headers("DescribeTask", "2022-12-15", null), ""));

        assertThat(signature.canonicalRequest().sha256Hex())
                .isEqualTo("30f052bd33675c37acb24987d84a4529057ede1852f9e29d8e71fd57270c5877");
        assertThat(signature.signature()).isEqualTo("fdd626a14ae0b5cf8b3011129c8c2cb7ab7d07208c65cd9b176352050e4dc32f");
    }

    @Test
    void vector4BdrcDescribeTask() {
        Acs3Signer.Signature signature = SIGNER.signature(request("GET",
                "https://bdrc.cn-shanghai.aliyuncs.com/api/v1/tasks/t-0004d9ctt1ii12345678", List.of(),
                headers("DescribeTask", "2023-08-08", null), ""));

        assertThat(signature.canonicalRequest().sha256Hex())
                .isEqualTo("b87a36ac19063f1ae42e14db5c4cce18ca87c2736c2555c669a8326594f05130");
        assertThat(signature.signature()).isEqualTo("39bfe228003b7af8723de09bdcb62918080efa4f8174746401d471eaf5a56869");
    }

    @Test
    void canonicalRequestHasSixPartsWithABlankLineAfterTheHeaders() {
        CanonicalRequest canonical = SIGNER.signature(request("GET",
                "https://bdrc.cn-shanghai.aliyuncs.com/api/v1/tasks/t-0004d9ctt1ii12345678", List.of(),
                headers("DescribeTask", "2023-08-08", null), "")).canonicalRequest();

        assertThat(canonical.text()).isEqualTo("""
                GET
                /api/v1/tasks/t-0004d9ctt1ii12345678

                host:bdrc.cn-shanghai.aliyuncs.com
                x-acs-action:DescribeTask
                x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-acs-date:2023-10-26T10:22:32Z
                x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d
                x-acs-version:2023-08-08

                host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
    }

    @Test
    void hostCarriesThePortOnlyWhenItIsNotTheDefault() {
        assertThat(request("GET", "http://127.0.0.1:8123/x", List.of(), Map.of(), "").hostHeader())
                .isEqualTo("127.0.0.1:8123");
        assertThat(request("GET", "https://cs.example.com:443/x", List.of(), Map.of(), "").hostHeader())
                .isEqualTo("cs.example.com");
        assertThat(request("GET", "http://cs.example.com:80/x", List.of(), Map.of(), "").hostHeader())
                .isEqualTo("cs.example.com");
    }

    @Test
    void stsTokenIsSignedButNeverShown() {
        Acs3Signer signer = Acs3Signer.create(CredentialsProvider.of(Credentials.of("id", "secret", "sts-token-value")),
                CLOCK, () -> NONCE);

        Acs3Signer.Signature signature = signer.signature(request("GET", "https://cs.example.com/tasks/1", List.of(),
                headers("DescribeTaskInfo", "2015-12-15", null), ""));

        assertThat(signature.headers()).containsEntry("x-acs-security-token", "sts-token-value");
        assertThat(signature.canonicalRequest().signedHeaders()).contains("x-acs-security-token");
        assertThat(signature.canonicalRequest().text()).contains("x-acs-security-token:sts-token-value");
        assertThat(signature.toString()).doesNotContain("sts-token-value").doesNotContain("secret");
        assertThat(signature.canonicalRequest().toString()).doesNotContain("sts-token-value");
        assertThat(signer.toString()).doesNotContain("secret").doesNotContain("sts-token-value");
    }

    @Test
    void everySignatureUsesTheCurrentDateAndAFreshNonce() {
        AtomicInteger nonces = new AtomicInteger();
        Acs3Signer signer = Acs3Signer.create(CredentialsProvider.of(Credentials.of("id", "secret")),
                Clock.systemUTC(), () -> "nonce-" + nonces.incrementAndGet());
        SignableRequest request = request("GET", "https://cs.example.com/tasks/1", List.of(), Map.of(), "");

        Map<String, String> first = signer.sign(request);
        Map<String, String> second = signer.sign(request);

        assertThat(first.get("x-acs-signature-nonce")).isEqualTo("nonce-1");
        assertThat(second.get("x-acs-signature-nonce")).isEqualTo("nonce-2");
        assertThat(first.get("Authorization")).isNotEqualTo(second.get("Authorization"));
    }

    @Test
    void defaultNoncesAreRandomHex() {
        Acs3Signer signer = Acs3Signer.create(CredentialsProvider.of(Credentials.of("id", "secret")));
        SignableRequest request = request("GET", "https://cs.example.com/tasks/1", List.of(), Map.of(), "");

        String nonce = signer.sign(request).get("x-acs-signature-nonce");

        assertThat(nonce).matches("[0-9a-f]{32}").isNotEqualTo(signer.sign(request).get("x-acs-signature-nonce"));
    }

    @Test
    void canonicalQuerySortsAndEncodesNamesAndValues() {
        String query = CanonicalRequest.canonicalQuery(List.of(new QueryParameter("b", "x y"),
                new QueryParameter("a", "*~"), new QueryParameter("Tag.1.Key", ""), new QueryParameter("a", "1")));

        assertThat(query).isEqualTo("Tag.1.Key=&a=%2A~&a=1&b=x%20y");
    }

    private static SignableRequest request(String method, String uri, List<QueryParameter> query,
            Map<String, String> headers, String body) {
        return new SignableRequest(method, URI.create(uri), query, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> headers(String action, String version, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", version);
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        headers.put("user-agent", "not signed");
        return headers;
    }
}
