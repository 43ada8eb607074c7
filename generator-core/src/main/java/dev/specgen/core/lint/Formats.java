package dev.specgen.core.lint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.regex.Pattern;

/** Strict checks of the string formats OpenAPI names (RFC 3339 dates, UUIDs, e-mail addresses, …). */
final class Formats {

    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private Formats() {}

    /** Whether a string conforms to the format; formats this class does not know always conform. */
    static boolean conforms(String format, String value) {
        return switch (format) {
            case "date-time" -> DATE_TIME.matcher(value).matches() && parses(() -> OffsetDateTime.parse(value));
            case "date" -> DATE.matcher(value).matches() && parses(() -> LocalDate.parse(value));
            case "uuid" -> UUID.matcher(value).matches();
            case "email" -> EMAIL.matcher(value).matches();
            case "ipv4" -> IPV4.matcher(value).matches();
            case "ipv6" -> value.contains(":") && parses(() -> java.net.InetAddress.getByName("[" + value + "]"));
            case "uri" -> parses(() -> {
                if (!new java.net.URI(value).isAbsolute()) {
                    throw new IllegalArgumentException("relative");
                }
            });
            case "byte" -> parses(() -> Base64.getDecoder().decode(value));
            default -> true;
        };
    }

    private static boolean parses(ThrowingRunnable parse) {
        try {
            parse.run();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
