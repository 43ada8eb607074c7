package dev.specgen.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The stand-in's own verifier accepts the four vectors of {@code acs3-signature.md}, which were computed
 * independently of both implementations; and rejects any change to what was signed.
 */
class SignatureVerifierTest {

    private static final String EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void vector1() {
        assertThat(verify("GET", "/tasks/T-5faa48fb31b6b8078d000006", null, "cs.cn-hangzhou.aliyuncs.com",
                "DescribeTaskInfo", "2015-12-15", null, "",
                "6dda33569a927dfd10fbc8c4f84fd333644b233e49163190d654faf971e70194")).isNull();
    }

    @Test
    void vector2() {
        assertThat(verify("POST", "/", null, "eflo-controller.cn-wulanchabu.aliyuncs.com", "DescribeTask",
                "2022-12-15", "application/x-www-form-urlencoded", "TaskId=i156331731670384438138",
                "64a402ca0469bcc0b3f69be95b29dc355194bc7da66fda9f517df1507026006d")).isNull();
    }

    @Test
    void vector3() {
        assertThat(verify("POST", "/", "TaskId=i156331731670384438138", "eflo-controller.cn-wulanchabu.aliyuncs.com",
                "DescribeTask", "2022-12-15", null, "",
                "fdd626a14ae0b5cf8b3011129c8c2cb7ab7d07208c65cd9b176352050e4dc32f")).isNull();
    }

    @Test
    void vector4() {
        assertThat(verify("GET", "/api/v1/tasks/t-0004d9ctt1ii12345678", null, "bdrc.cn-shanghai.aliyuncs.com",
                "DescribeTask", "2023-08-08", null, "",
                "39bfe228003b7af8723de09bdcb62918080efa4f8174746401d471eaf5a56869")).isNull();
    }

    @Test
    void anyChangeToWhatWasSignedIsRefused() {
        SignatureVerifier.Refusal refusal = verify("GET", "/tasks/T-5faa48fb31b6b8078d000007", null,
                "cs.cn-hangzhou.aliyuncs.com", "DescribeTaskInfo", "2015-12-15", null, "",
                "6dda33569a927dfd10fbc8c4f84fd333644b233e49163190d654faf971e70194");

        assertThat(refusal.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.message()).startsWith("Specified signature is not matched with our calculation. server"
                + " string to sign is:ACS3-HMAC-SHA256\n");
    }

    @Test
    void encodingFollowsTheDocumentationsRecipe() {
        assertThat(SignatureVerifier.encode("a b*~/")).isEqualTo("a%20b%2A~%2F");
        assertThat(SignatureVerifier.canonicalQuery("b=2&a=x%20y&a=1")).isEqualTo("a=1&a=x%20y&b=2");
    }

    private static SignatureVerifier.Refusal verify(String method, String path, String query, String host,
            String action, String version, String contentType, String body, String signature) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("host", host);
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", version);
        headers.put("x-acs-date", "2023-10-26T10:22:32Z");
        headers.put("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.put("x-acs-content-sha256", body.isEmpty() ? EMPTY_HASH : SignatureVerifier.sha256Hex(bytes));
        String signed = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
        if (contentType != null) {
            headers.put("content-type", contentType);
            signed = "content-type;" + signed;
        }
        headers.put("Authorization", "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=" + signed
                + ",Signature=" + signature);
        // A verifier per request: a verifier remembers nonces, and the vectors share one.
        SignatureVerifier verifier = new SignatureVerifier(Map.of("YourAccessKeyId", "YourAccessKeySecret"),
                Clock.fixed(Instant.parse("2023-10-26T10:25:00Z"), ZoneOffset.UTC));
        return verifier.verify(method, path, query, headers::get, List.copyOf(headers.keySet()), bytes, 403);
    }

}
