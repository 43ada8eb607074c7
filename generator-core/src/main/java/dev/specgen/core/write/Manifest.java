package dev.specgen.core.write;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The {@value #FILE_NAME} file: the list of files Specgen wrote into an output directory.
 *
 * <p>It is how Specgen tells its own files (which it may replace or delete) from everything else
 * in the directory (which it never touches). Anyone can edit it, so entries are validated when
 * read, and unusable ones are ignored rather than trusted.
 */
final class Manifest {

    /** The manifest's file name, at the root of the output directory. */
    static final String FILE_NAME = ".specgen-manifest";

    private static final String HEADER =
            "# Files Specgen generated here; it deletes them when it no longer generates them. Do not edit.";

    private final SortedSet<String> entries;
    private final byte[] bytesOnDisk;

    private Manifest(SortedSet<String> entries, byte[] bytesOnDisk) {
        this.entries = entries;
        this.bytesOnDisk = bytesOnDisk;
    }

    /** @return the manifest of a directory Specgen has not written yet */
    static Manifest empty() {
        return new Manifest(Collections.emptySortedSet(), new byte[0]);
    }

    /**
     * Reads the manifest of {@code outputDirectory}; a missing manifest reads as empty.
     *
     * @throws OutputConflictException when the manifest path exists but is not a regular file
     */
    static Manifest read(Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE_NAME);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputConflictException(outputDirectory, List.of(
                        FILE_NAME + " is not a regular file; Specgen keeps its list of generated files there:"
                                + " move or delete it"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException firstRun) {
            return empty();
        }
        return new Manifest(parse(new String(bytes, UTF_8)), bytes);
    }

    /** @return the valid entries, sorted; tampered lines (absolute, "..", ...) are left out */
    SortedSet<String> entries() {
        return entries;
    }

    /** @return true when the manifest on disk already holds exactly {@code content} */
    boolean hasBytes(byte[] content) {
        return Arrays.equals(bytesOnDisk, content);
    }

    /** Renders a manifest listing {@code sortedPaths}, which must already be sorted. */
    static byte[] render(Collection<String> sortedPaths) {
        StringBuilder text = new StringBuilder(HEADER.length() + 1 + sortedPaths.size() * 48);
        text.append(HEADER).append('\n');
        for (String path : sortedPaths) {
            text.append(path).append('\n');
        }
        return text.toString().getBytes(UTF_8);
    }

    private static SortedSet<String> parse(String text) {
        SortedSet<String> entries = new TreeSet<>();
        for (String line : text.split("\n")) {
            // Tolerate a manifest that went through a CRLF checkout.
            String path = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (path.isEmpty() || path.startsWith("#") || path.equals(FILE_NAME)) {
                continue;
            }
            if (RelativePaths.isAcceptable(path)) {
                entries.add(path);
            }
        }
        return Collections.unmodifiableSortedSet(entries);
    }
}
