package dev.specgen.runtime.signing;

import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.auth.CredentialsProvider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Alibaba Cloud's V3 request signature, {@code ACS3-HMAC-SHA256}.
 *
 * <p>For each attempt it adds {@code x-acs-date} (UTC, to the second), {@code x-acs-signature-nonce} (fresh per
 * attempt), {@code x-acs-content-sha256} (of the exact body bytes), {@code x-acs-security-token} (STS credentials
 * only) and {@code Authorization}. It signs {@code host}, {@code content-type} when there is one, and every
 * {@code x-acs-*} header, including the {@code x-acs-action} and {@code x-acs-version} that the generated client
 * puts on the request.
 *
 * <p>The clock and the nonce source are injectable so that tests can reproduce a signature exactly.
 */
public final class Acs3Signer implements Signer {

    /** The algorithm name, first word of the {@code Authorization} header. */
    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CredentialsProvider credentials;
    private final Clock clock;
    private final Supplier<String> nonces;

    private Acs3Signer(CredentialsProvider credentials, Clock clock, Supplier<String> nonces) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    /** Signs with the provider's credentials, the system clock and 128-bit random nonces. */
    public static Acs3Signer create(CredentialsProvider credentials) {
        return new Acs3Signer(credentials, Clock.systemUTC(), Acs3Signer::randomNonce);
    }

    /** Signs with the given clock and nonces: for tests that need exact signatures. */
    public static Acs3Signer create(CredentialsProvider credentials, Clock clock, Supplier<String> nonces) {
        return new Acs3Signer(credentials, clock, nonces);
    }

    @Override
    public Map<String, String> sign(SignableRequest request) {
        return signature(request).headers();
    }

    /** Signs the request and shows the work: canonical request, string to sign, signature and headers to add. */
    public Signature signature(SignableRequest request) {
        Credentials current = credentials.resolve();
        String hashedPayload = Digests.sha256Hex(request.body());

        Map<String, String> added = new LinkedHashMap<>();
        added.put("x-acs-date", DATE.format(clock.instant()));
        added.put("x-acs-signature-nonce", nonces.get());
        added.put("x-acs-content-sha256", hashedPayload);
        current.securityToken().ifPresent(token -> added.put("x-acs-security-token", token));

        SortedMap<String, String> signed = new TreeMap<>();
        signed.put("host", request.hostHeader());
        request.headers().forEach((name, value) -> {
            if (name.equals("content-type") || name.startsWith("x-acs-")) {
                signed.put(name, value);
            }
        });
        signed.putAll(added);

        CanonicalRequest canonical = CanonicalRequest.of(request.method(), request.uri().getRawPath(),
                request.query(), signed, hashedPayload);
        String stringToSign = ALGORITHM + "\n" + canonical.sha256Hex();
        String signature = Digests.hmacSha256Hex(current.accessKeySecret(), stringToSign);
        added.put("Authorization", ALGORITHM + " Credential=" + current.accessKeyId() + ",SignedHeaders="
                + canonical.signedHeaders() + ",Signature=" + signature);
        return new Signature(canonical, stringToSign, signature, Collections.unmodifiableMap(added));
    }

    private static String randomNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Digests.hex(bytes);
    }

    @Override
    public String toString() {
        return ALGORITHM + " with " + credentials;
    }

    /**
     * One signature and how it was made.
     *
     * @param canonicalRequest the canonical request that was hashed
     * @param stringToSign the algorithm name and the canonical request's hash, on two lines
     * @param signature the lower-case hex HMAC-SHA256 of the string to sign
     * @param headers the headers to add to the request, {@code Authorization} last
     */
    public record Signature(CanonicalRequest canonicalRequest, String stringToSign, String signature,
            Map<String, String> headers) {

        /** Shows the header names only: the values may include an STS security token. */
        @Override
        public String toString() {
            return "Signature[" + signature + ", headers=" + headers.keySet() + ", canonicalRequest=\n"
                    + canonicalRequest + "]";
        }
    }
}
