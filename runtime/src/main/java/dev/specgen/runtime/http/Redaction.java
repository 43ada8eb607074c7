package dev.specgen.runtime.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Hides header values that are secrets, or that would help forge a request, before hooks see them. */
final class Redaction {

    private static final String HIDDEN = "***";

    private Redaction() {}

    static Map<String, String> headers(Map<String, String> headers) {
        Map<String, String> shown = new LinkedHashMap<>();
        headers.forEach((name, value) -> shown.put(name.toLowerCase(Locale.ROOT), value(name, value)));
        return shown;
    }

    static String value(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
            // Keep the scheme and the (non-secret) key id and signed header list: they help debugging.
            int signature = value.indexOf("Signature=");
            return signature >= 0 ? value.substring(0, signature) + "Signature=" + HIDDEN
                    : value.contains(" ") ? value.substring(0, value.indexOf(' ')) + " " + HIDDEN : HIDDEN;
        }
        if (lower.equals("cookie") || lower.contains("token") || lower.contains("secret") || lower.contains("password")
                || lower.contains("api-key") || lower.contains("apikey")) {
            return HIDDEN;
        }
        return value;
    }
}
