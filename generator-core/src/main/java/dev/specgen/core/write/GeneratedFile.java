package dev.specgen.core.write;

import java.util.Objects;

/**
 * One file the generator produced, in memory.
 *
 * @param relativePath where the file goes, relative to the output directory, with '/' as the
 *     separator on every platform, e.g. {@code "com/acme/Task.java"}; no leading '/', no
 *     {@code "."} or {@code ".."} segments, no backslash, no ':' and no control characters
 * @param content the file's text; it is written as UTF-8
 */
public record GeneratedFile(String relativePath, String content) {

    /**
     * @throws IllegalArgumentException when {@code relativePath} breaks one of the rules above
     */
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, () -> "content of generated file '" + relativePath + "'");
        RelativePaths.problemWith(relativePath).ifPresent(problem -> {
            throw new IllegalArgumentException("Generated file path '" + relativePath + "' " + problem);
        });
    }

    /** Names the file and its size only: contents can be large and would flood error messages. */
    @Override
    public String toString() {
        return "GeneratedFile[" + relativePath + ", " + content.length() + " chars]";
    }
}
