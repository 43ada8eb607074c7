package dev.specgen.core.diff;

import java.util.regex.Pattern;

/** Builds the JSON paths shown in reports: {@code $.stages[*].state}, {@code $['x-id']}. */
final class JsonPaths {

    static final String ROOT = "$";
    static final String ITEMS = "[*]";
    static final String VALUES = ".*";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private JsonPaths() {}

    /** The path segment of a member named {@code name}. */
    static String member(String name) {
        if (PLAIN.matcher(name).matches()) {
            return "." + name;
        }
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }
}
