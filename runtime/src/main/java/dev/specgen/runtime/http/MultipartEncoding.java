package dev.specgen.runtime.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Multipart} as RFC 7578 {@code multipart/form-data}: each part with its
 * {@code Content-Disposition} (name, and file name for files) and {@code Content-Type}, CRLF line ends, a random
 * boundary. The bytes are made once per call, so every attempt sends (and signs) the same body.
 */
final class MultipartEncoding {

    private MultipartEncoding() {}

    /** A boundary of 32 random hex digits after a fixed prefix; it cannot plausibly occur in a part. */
    static String newBoundary() {
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        return "specgen-" + HexFormat.of().formatHex(random);
    }

    static String contentType(String boundary) {
        return "multipart/form-data; boundary=" + boundary;
    }

    static byte[] encode(Multipart multipart, String boundary, JsonMapper mapper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (Multipart.Part part : multipart.parts()) {
            ascii(out, "--" + boundary + "\r\n");
            Object value = part.value();
            String disposition = "Content-Disposition: form-data; name=\"" + quoted(part.name()) + "\"";
            if (value instanceof FilePart file) {
                utf8(out, disposition + "; filename=\"" + quoted(file.filename()) + "\"\r\n");
                ascii(out, "Content-Type: " + file.contentType() + "\r\n\r\n");
                out.writeBytes(file.contentWithoutCopy());
            } else if (value instanceof byte[] bytes) {
                utf8(out, disposition + "; filename=\"" + quoted(part.name()) + "\"\r\n");
                ascii(out, "Content-Type: " + (part.contentType() == null ? "application/octet-stream"
                        : part.contentType()) + "\r\n\r\n");
                out.writeBytes(bytes);
            } else if (isJson(part.contentType()) || (part.contentType() == null && isStructured(value, mapper))) {
                utf8(out, disposition + "\r\n");
                ascii(out, "Content-Type: " + (part.contentType() == null ? "application/json" : part.contentType())
                        + "\r\n\r\n");
                out.writeBytes(mapper.writeValueAsBytes(value));
            } else {
                utf8(out, disposition + "\r\n");
                ascii(out, "Content-Type: " + (part.contentType() == null ? "text/plain; charset=UTF-8"
                        : part.contentType()) + "\r\n\r\n");
                utf8(out, ParameterText.of(value, mapper));
            }
            ascii(out, "\r\n");
        }
        ascii(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    /**
     * Whether a value is an object or an array, sent as a JSON part: maps, collections and records, except a record
     * written as one JSON scalar (a union of scalars' alternative), which is text like the scalar it holds.
     */
    private static boolean isStructured(Object value, JsonMapper mapper) {
        if (value instanceof Record) {
            return !mapper.valueToTree(value).isValueNode();
        }
        return value instanceof Map<?, ?> || value instanceof Collection<?>;
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        int parameters = type.indexOf(';');
        String bare = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return bare.equals("application/json") || bare.endsWith("+json");
    }

    /** A name or file name inside quotes, escaped as browsers do: {@code "} as {@code %22}, CR and LF encoded. */
    static String quoted(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static void utf8(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
