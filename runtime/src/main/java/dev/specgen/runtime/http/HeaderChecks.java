package dev.specgen.runtime.http;

import java.util.Objects;

/**
 * Header names and values are checked before anything is sent: a value with a line break could smuggle a header
 * or a second request (header injection). Messages name the header but never echo the value, which may be a token.
 */
final class HeaderChecks {

    private HeaderChecks() {}

    static String name(String name) {
        Objects.requireNonNull(name, "header name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a header name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!token) {
                throw new IllegalArgumentException("header name '" + name + "' has a character HTTP does not allow"
                        + " in names (at index " + i + ")");
            }
        }
        return name;
    }

    static String value(String name, String value) {
        Objects.requireNonNull(value, () -> "value of header " + name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException("the value of header '" + name + "' contains a "
                        + (c == 0 ? "NUL character" : "line break (CR or LF)")
                        + "; refused before sending, since it could inject headers");
            }
        }
        return value;
    }
}
