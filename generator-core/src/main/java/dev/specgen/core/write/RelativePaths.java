package dev.specgen.core.write;

import java.util.Optional;

/**
 * Rules for the relative paths of generated files and of manifest entries.
 *
 * <p>The same rules guard both: a path the generator produces must not escape the output
 * directory, and a manifest line (which anyone can edit) must not make Specgen delete a file
 * outside it.
 */
final class RelativePaths {

    private RelativePaths() {}

    /**
     * Tells what is wrong with {@code path} as a relative, '/'-separated path inside the output
     * directory.
     *
     * @return a description that completes the sentence "path 'x' ...", or empty when the path
     *     is acceptable
     */
    static Optional<String> problemWith(String path) {
        if (path.isBlank()) {
            return Optional.of("is blank");
        }
        if (path.startsWith("/")) {
            return Optional.of("starts with '/' (it must be relative to the output directory)");
        }
        if (path.endsWith("/")) {
            return Optional.of("ends with '/' (it must name a file)");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\') {
                return Optional.of("contains '\\' (use '/' as the separator)");
            }
            // ':' is a drive or alternate-stream designator on Windows ("C:x", "x:stream").
            if (c == ':') {
                return Optional.of("contains ':' (not portable to Windows)");
            }
            // The manifest is one path per line, so line breaks (and other controls) cannot be kept.
            if (Character.isISOControl(c)) {
                return Optional.of("contains a control character");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("has an empty segment ('//')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("has a '" + segment + "' segment (it must stay inside the output directory)");
            }
        }
        return Optional.empty();
    }

    static boolean isAcceptable(String path) {
        return problemWith(path).isEmpty();
    }
}
