package dev.specgen.runtime.validation;

/**
 * Builds the JSON paths of {@link Violation}s, in the dot notation people read
 * ({@code $.stages[0].state}), bracketing member names that are not identifiers as RFC 9535 does
 * ({@code $.labels['app/name']}). Generated validators and {@code specgen check} both build paths here,
 * so they name every location the same way.
 */
public final class JsonPath {

    /** The path of the validated value itself. */
    public static final String ROOT = "$";

    private JsonPath() {}

    /** The path of a member (a property, or a map entry) of the value at {@code parent}. */
    public static String member(String parent, String name) {
        return parent + memberSegment(name);
    }

    /** The path of an item of the list at {@code parent}. */
    public static String index(String parent, int index) {
        return parent + '[' + index + ']';
    }

    /** {@code .name} for identifiers, {@code ['any name']} otherwise. */
    static String memberSegment(String name) {
        if (isIdentifier(name)) {
            return "." + name;
        }
        return "[" + ShownValues.quoted(name, '\'') + "]";
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
