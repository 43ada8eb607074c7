package dev.specgen.core.write;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks that a set of generated files can coexist in one directory, on any file system.
 *
 * <p>These are mistakes of the generator, not of the user's disk, so they are reported as
 * {@link IllegalArgumentException}s.
 */
final class GeneratedPaths {

    private GeneratedPaths() {}

    /**
     * Indexes {@code files} by relative path, in sorted path order.
     *
     * @throws IllegalArgumentException when two files share a path, differ only in letter case,
     *     when one file's path is another's directory, or when a file would replace the manifest
     */
    static SortedMap<String, GeneratedFile> index(List<GeneratedFile> files) {
        SortedMap<String, GeneratedFile> byPath = new TreeMap<>();
        // Paths that differ only in case collide on the default file systems of macOS and Windows.
        Map<String, String> byFoldedPath = new HashMap<>();
        for (GeneratedFile file : files) {
            String path = file.relativePath();
            if (path.equals(Manifest.FILE_NAME)) {
                throw new IllegalArgumentException(
                        "Generated file path '" + path + "' is reserved for Specgen's list of generated files");
            }
            if (byPath.put(path, file) != null) {
                throw new IllegalArgumentException("Two generated files have the same path '" + path + "'");
            }
            String clash = byFoldedPath.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
            if (clash != null) {
                throw new IllegalArgumentException("Generated file paths '" + clash + "' and '" + path
                        + "' differ only in letter case and would overwrite each other on macOS and Windows");
            }
        }
        for (String path : byPath.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                String directory = path.substring(0, slash);
                if (byPath.containsKey(directory)) {
                    throw new IllegalArgumentException("Generated file '" + directory
                            + "' is also the directory of generated file '" + path + "'");
                }
            }
        }
        return byPath;
    }
}
