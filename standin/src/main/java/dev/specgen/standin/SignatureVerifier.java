package dev.specgen.standin;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request's {@code ACS3-HMAC-SHA256} signature the way the service does: from the request as received
 * (raw path, raw query, the headers that {@code SignedHeaders} names, the body bytes), with no code shared with
 * the client's signer, so that a bug in one cannot hide the same bug in the other. Its encoding follows the
 * recipe of Alibaba Cloud's documentation ({@code URLEncoder}, then {@code +}, {@code *}, {@code %7E} fixed up).
 */
final class SignatureVerifier {

    /** Why a request was refused, in the service's words. */
    record Refusal(int status, String code, String message) {}

    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);
    private static final int REMEMBERED_NONCES = 100_000;

    private final Map<String, String> secretsByKeyId;
    private final Clock clock;
    private final Map<String, Boolean> recentNonces = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_NONCES;
        }
    };

    SignatureVerifier(Map<String, String> secretsByKeyId, Clock clock) {
        this.secretsByKeyId = Map.copyOf(secretsByKeyId);
        this.clock = clock;
    }

    /**
     * @param header looks a request header up by name (any case); {@code null} when absent
     * @param headerNames the names of all headers received
     * @return why the request is refused, or {@code null} when its signature is right
     */
    @Nullable Refusal verify(String method, String rawPath, @Nullable String rawQuery,
            Function<String, @Nullable String> header, List<String> headerNames, byte[] body, int signatureStatus) {
        String authorization = header.apply("Authorization");
        if (authorization == null || !authorization.startsWith("ACS3-HMAC-SHA256 ")) {
            return new Refusal(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards:"
                    + " no ACS3-HMAC-SHA256 Authorization header.");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : authorization.substring("ACS3-HMAC-SHA256 ".length()).split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        String keyId = parts.get("Credential");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (keyId == null || signedHeaders == null || signature == null) {
            return new Refusal(400, "IncompleteSignature", "The Authorization header lacks Credential, SignedHeaders"
                    + " or Signature.");
        }
        String secret = secretsByKeyId.get(keyId);
        if (secret == null) {
            return new Refusal(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        List<String> signed = Arrays.asList(signedHeaders.split(";"));
        for (String name : headerNames) {
            String lower = name.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("x-acs-") || lower.equals("content-type")) && !signed.contains(lower)) {
                return new Refusal(400, "IncompleteSignature", "The header " + lower + " is sent but not signed.");
            }
        }
        for (String required : List.of("host", "x-acs-action", "x-acs-version", "x-acs-date",
                "x-acs-signature-nonce", "x-acs-content-sha256")) {
            if (!signed.contains(required) || header.apply(required) == null) {
                return new Refusal(400, "IncompleteSignature", "The header " + required + " is missing or not signed.");
            }
        }
        String payloadHash = sha256Hex(body);
        if (!payloadHash.equals(header.apply("x-acs-content-sha256"))) {
            return new Refusal(400, "SignatureDoesNotMatch", "x-acs-content-sha256 is not the SHA-256 of the body.");
        }
        Refusal badDate = checkDate(header.apply("x-acs-date"));
        if (badDate != null) {
            return badDate;
        }

        StringBuilder canonical = new StringBuilder();
        canonical.append(method).append('\n').append(rawPath).append('\n').append(canonicalQuery(rawQuery)).append('\n');
        List<String> sorted = new ArrayList<>(signed);
        sorted.sort(null);
        for (String name : sorted) {
            String value = header.apply(name);
            canonical.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        canonical.append('\n').append(String.join(";", sorted)).append('\n').append(payloadHash);
        String stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
        String expected = hmacSha256Hex(secret, stringToSign);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return new Refusal(signatureStatus, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. server string to sign is:"
                            + stringToSign);
        }
        synchronized (recentNonces) {
            if (recentNonces.put(header.apply("x-acs-signature-nonce"), Boolean.TRUE) != null) {
                return new Refusal(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
            }
        }
        return null;
    }

    private @Nullable Refusal checkDate(@Nullable String date) {
        Instant sent;
        try {
            sent = Instant.parse(String.valueOf(date));
        } catch (DateTimeParseException e) {
            return new Refusal(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            return new Refusal(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
        return null;
    }

    /** Decodes the raw query, re-encodes names and values, sorts them, joins them. */
    static String canonicalQuery(@Nullable String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(encode(decode(name)) + "=" + encode(decode(value)));
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    /** Alibaba Cloud documentation's recipe for RFC 3986 encoding in Java. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    static String decode(String text) {
        // A literal '+' in a query is a plus sign to the signature rules, not a space.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmacSha256Hex(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
