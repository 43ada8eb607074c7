package dev.specgen.core.diff;

/** Builds the JSON paths shown in reports: {@code $.stages[*].state}, {@code $['x-id']}. */
final class JsonPaths {

    static final String ROOT = "$";
    static final String ITEMS = "[*]";
    static final String VALUES = ".*";

    private JsonPaths() {}

    /** The path segment of a member named {@code name}. */
    static String member(String name) {
        if (isPlain(name)) {
            return "." + name;
        }
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Whether the name can follow a dot: letters, digits, {@code _}, {@code $} and {@code -}, not starting with a digit or dash. */
    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$';
            boolean digitOrDash = (c >= '0' && c <= '9') || c == '-';
            if (!letter && !(digitOrDash && i > 0)) {
                return false;
            }
        }
        return true;
    }
}
