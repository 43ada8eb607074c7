package dev.specgen.runtime.signing;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as Alibaba Cloud's V3 signature and its path rules want it: the unreserved
 * characters {@code A-Z a-z 0-9 - _ . ~} stay, every other UTF-8 byte becomes {@code %XY} with upper-case hex
 * (so a space is {@code %20}, never {@code +}, and {@code *} is {@code %2A}).
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** Encodes a query name or value, a form field, or any other text. */
    public static String encode(String text) {
        int i = 0;
        while (i < text.length() && isUnreserved(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text; // the common case: ids and names need no encoding
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (byte b : text.substring(i).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && isUnreserved((char) c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Encodes a value as exactly one path segment. Beyond {@link #encode}, the segments {@code .} and {@code ..}
     * are written {@code %2E} and {@code %2E%2E}: left as they are, servers and proxies would resolve them as
     * "this directory" and "parent directory" and the request would reach another path.
     *
     * @throws IllegalArgumentException for the empty string, which would also change the path
     *     ({@code /tasks/} instead of {@code /tasks/{id}})
     */
    public static String encodePathSegment(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a path parameter must not be empty: the request would go to another path");
        }
        if (value.equals(".")) {
            return "%2E";
        }
        if (value.equals("..")) {
            return "%2E%2E";
        }
        return encode(value);
    }

    static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
